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
import { ACCOUNT_REVIEW_TRANSLATOR } from './account-review.translator';

describe('account_review_update → account.review_updated', () => {
  it('translates a decision', () => {
    const { value, ctx } = fixture('account-review-update.json');
    const [event] = ACCOUNT_REVIEW_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('account.review_updated');
    expect(event.occurredAt).toEqual(new Date(1778494500 * 1000));
    expect(event.data).toEqual({ decision: 'APPROVED' });
  });
});
