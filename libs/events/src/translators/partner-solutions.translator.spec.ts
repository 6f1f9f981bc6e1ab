import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetaWebhookBody } from '../meta/meta-webhook.types';
import { TranslationContext, UnreadableChangeError } from './translator.types';

const FIXTURES = join(__dirname, '../../../../test/fixtures/meta');
function fixture(name: string): { value: unknown; ctx: TranslationContext } {
  const body = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as MetaWebhookBody;
  const entry = body.entry![0];
  return { value: entry.changes![0].value, ctx: { wabaId: entry.id, entryTime: entry.time, receivedAt: RECEIVED } };
}
const RECEIVED = new Date('2026-05-11T12:00:00Z');
void UnreadableChangeError;
import { PARTNER_SOLUTIONS_TRANSLATOR } from './partner-solutions.translator';

describe('partner_solutions → partner_solution.updated', () => {
  it('translates a solution status change', () => {
    const { value, ctx } = fixture('partner-solutions.json');
    const [event] = PARTNER_SOLUTIONS_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('partner_solution.updated');
    expect(event.occurredAt).toEqual(new Date(1778494800 * 1000));
    expect(event.data).toEqual({ event: 'SOLUTION_CREATED', solution_id: '1220406039151413', solution_status: 'INITIATED' });
  });

  it('routes by the business portfolio in entry.id, which is no WABA', () => {
    const { value, ctx } = fixture('partner-solutions.json');
    const [event] = PARTNER_SOLUTIONS_TRANSLATOR.translate(value, ctx);
    expect(event.route).toEqual({ businessId: ctx.wabaId });
    const [other] = PARTNER_SOLUTIONS_TRANSLATOR.translate(value, { ...ctx, wabaId: '551098234761190' });
    expect(other.route).toEqual({ businessId: '551098234761190' });
  });
});
