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
import { SECURITY_TRANSLATOR } from './security.translator';

describe('security → account.security_event', () => {
  it('translates a PIN change', () => {
    const { value, ctx } = fixture('security-pin-changed.json');
    const [event] = SECURITY_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('account.security_event');
    expect(event.occurredAt).toEqual(new Date(1778495850 * 1000));
    expect(event.data).toEqual({ display_phone_number: '15550100001', event: 'PIN_CHANGED' });
  });

  it('hands on the display number and the requester of a reset', () => {
    const [event] = SECURITY_TRANSLATOR.translate(
      { display_phone_number: '15550100001', event: 'PIN_RESET_REQUEST', requester: 100087654321098 },
      { wabaId: 'w', entryTime: 1778495850, receivedAt: RECEIVED },
    );
    expect(event.displayPhoneNumber).toBe('15550100001');
    expect(event.phoneNumberId).toBeNull();
    expect(event.data).toEqual({ display_phone_number: '15550100001', event: 'PIN_RESET_REQUEST', requester: '100087654321098' });
  });

  it('cannot read a change without event', () => {
    expect(() => SECURITY_TRANSLATOR.translate({ display_phone_number: '15550100001' }, { wabaId: 'w', receivedAt: RECEIVED })).toThrow(
      'security: missing event',
    );
  });
});
