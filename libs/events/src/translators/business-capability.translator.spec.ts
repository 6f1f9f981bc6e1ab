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
import { BUSINESS_CAPABILITY_TRANSLATOR } from './business-capability.translator';

describe('business_capability_update → account.capability_updated', () => {
  it('translates capability limits', () => {
    const { value, ctx } = fixture('business-capability-update.json');
    const [event] = BUSINESS_CAPABILITY_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('account.capability_updated');
    expect(event.data).toEqual({ max_daily_conversations_per_business: 10000, max_phone_numbers_per_waba: 25 });
  });

  it('keeps limits Meta adds later under their own name', () => {
    const [event] = BUSINESS_CAPABILITY_TRANSLATOR.translate(
      { max_phone_numbers_per_business: '50', max_daily_conversation_per_phone: 'TIER_UNLIMITED' },
      { wabaId: 'w', receivedAt: RECEIVED },
    );
    expect(event.data).toEqual({ max_phone_numbers_per_business: 50, max_daily_conversation_per_phone: 'TIER_UNLIMITED' });
  });

  it('keeps max_daily_conversations_per_business as Meta sends it: a number or a tier name', () => {
    const ctx = { wabaId: 'w', receivedAt: RECEIVED };
    expect(BUSINESS_CAPABILITY_TRANSLATOR.translate({ max_daily_conversations_per_business: 2000 }, ctx)[0].data).toEqual({
      max_daily_conversations_per_business: 2000,
    });
    expect(
      BUSINESS_CAPABILITY_TRANSLATOR.translate({ max_daily_conversations_per_business: 'TIER_250', max_phone_numbers_per_business: 250 }, ctx)[0].data,
    ).toEqual({ max_daily_conversations_per_business: 'TIER_250', max_phone_numbers_per_business: 250 });
    expect(BUSINESS_CAPABILITY_TRANSLATOR.translate({ max_daily_conversation_per_phone: -1 }, ctx)[0].data).toEqual({
      max_daily_conversation_per_phone: -1,
    });
  });
});
