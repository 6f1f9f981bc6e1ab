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
import { PHONE_NUMBER_QUALITY_TRANSLATOR } from './phone-number-quality.translator';

describe('phone_number_quality_update → phone_number.quality_updated', () => {
  it('translates a tier upgrade', () => {
    const { value, ctx } = fixture('phone-number-quality-update-upgrade.json');
    const [event] = PHONE_NUMBER_QUALITY_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('phone_number.quality_updated');
    expect(event.data).toEqual({
      display_phone_number: '15550100001',
      event: 'UPGRADE',
      current_limit: 'TIER_10K',
      old_limit: 'TIER_2K',
      max_daily_conversations_per_business: 'TIER_10K',
    });
  });

  it('translates a flag without limits', () => {
    const [event] = PHONE_NUMBER_QUALITY_TRANSLATOR.translate(
      { display_phone_number: '15550100001', event: 'FLAGGED', current_limit: 'TIER_1K' },
      { wabaId: 'w', entryTime: 1778492800, receivedAt: RECEIVED },
    );
    expect(event.data).toEqual({ display_phone_number: '15550100001', event: 'FLAGGED', current_limit: 'TIER_1K' });
    expect(event.occurredAt).toEqual(new Date(1778492800 * 1000));
  });

  it('translates an update carrying only the new max_daily_conversations_per_business', () => {
    const ctx = { wabaId: 'w', entryTime: 1778492800, receivedAt: RECEIVED };
    const [tier] = PHONE_NUMBER_QUALITY_TRANSLATOR.translate(
      { display_phone_number: '15550100001', event: 'THROUGHPUT_UPGRADE', max_daily_conversations_per_business: 'TIER_100K' },
      ctx,
    );
    expect(tier.data).toEqual({ display_phone_number: '15550100001', event: 'THROUGHPUT_UPGRADE', max_daily_conversations_per_business: 'TIER_100K' });
    const [count] = PHONE_NUMBER_QUALITY_TRANSLATOR.translate(
      { display_phone_number: '15550100001', event: 'ONBOARDING', max_daily_conversations_per_business: 2000 },
      ctx,
    );
    expect(count.data).toEqual({ display_phone_number: '15550100001', event: 'ONBOARDING', max_daily_conversations_per_business: 2000 });
  });

  it('hands on the display number for the ingest to resolve the phone number id', () => {
    const { value, ctx } = fixture('phone-number-quality-update-upgrade.json');
    const [event] = PHONE_NUMBER_QUALITY_TRANSLATOR.translate(value, ctx);
    expect(event.phoneNumberId).toBeNull();
    expect(event.displayPhoneNumber).toBe('15550100001');
  });
});
