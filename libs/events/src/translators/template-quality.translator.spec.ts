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
import { TEMPLATE_QUALITY_TRANSLATOR } from './template-quality.translator';

describe('message_template_quality_update → template.quality_updated', () => {
  it('translates a quality change', () => {
    const { value, ctx } = fixture('template-quality-update.json');
    const [event] = TEMPLATE_QUALITY_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('template.quality_updated');
    expect(event.occurredAt).toEqual(new Date(1778491900 * 1000));
    expect(event.data).toEqual({
      template_id: '1437190053021881',
      template_name: 'weekly_deals',
      language: 'en_US',
      previous_quality_score: 'GREEN',
      new_quality_score: 'YELLOW',
    });
  });
});
