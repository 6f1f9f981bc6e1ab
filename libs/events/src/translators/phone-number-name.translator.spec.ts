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
import { PHONE_NUMBER_NAME_TRANSLATOR } from './phone-number-name.translator';

describe('phone_number_name_update → phone_number.name_updated', () => {
  it('translates an approval', () => {
    const { value, ctx } = fixture('phone-number-name-update-approved.json');
    const [event] = PHONE_NUMBER_NAME_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('phone_number.name_updated');
    expect(event.occurredAt).toEqual(new Date(1778492400 * 1000));
    expect(event.data).toEqual({
      display_phone_number: '15550100001',
      decision: 'APPROVED',
      requested_verified_name: 'Example Shoes',
      rejection_reason: null,
    });
  });

  it('translates a rejection with its reason', () => {
    const { value, ctx } = fixture('phone-number-name-update-rejected.json');
    const [event] = PHONE_NUMBER_NAME_TRANSLATOR.translate(value, ctx);
    expect(event.data).toEqual({
      display_phone_number: '15550100002',
      decision: 'REJECTED',
      requested_verified_name: 'Best Deals 24/7!!!',
      rejection_reason: 'NAME_FORMAT_UNACCEPTABLE',
    });
  });

  it('hands on the display number for the ingest to resolve the phone number id', () => {
    const { value, ctx } = fixture('phone-number-name-update-approved.json');
    const [event] = PHONE_NUMBER_NAME_TRANSLATOR.translate(value, ctx);
    expect(event.phoneNumberId).toBeNull();
    expect(event.displayPhoneNumber).toBe('15550100001');
  });
});
