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
import { PAYMENT_CONFIGURATION_TRANSLATOR } from './payment-configuration.translator';

describe('payment_configuration_update → payment_configuration.updated', () => {
  it('translates a configuration update, dated by its updated_timestamp', () => {
    const { value, ctx } = fixture('payment-configuration-update.json');
    const [event] = PAYMENT_CONFIGURATION_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('payment_configuration.updated');
    expect(event.occurredAt).toEqual(new Date(1778490000 * 1000));
    expect(event.data).toEqual({
      configuration_name: 'example-shoes-razorpay',
      provider_name: 'razorpay',
      provider_mid: 'acc_0aBcDeFgHiJkLm',
      status: 'Active',
      created_timestamp: '2026-05-01T09:00:00Z',
      updated_timestamp: '2026-05-11T09:00:00Z',
    });
  });
});
