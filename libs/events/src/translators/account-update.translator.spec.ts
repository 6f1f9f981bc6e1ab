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
import { ACCOUNT_UPDATE_TRANSLATOR } from './account-update.translator';

describe('account_update → account.updated', () => {
  it('translates a violation', () => {
    const { value, ctx } = fixture('account-update-violation.json');
    const [event] = ACCOUNT_UPDATE_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('account.updated');
    expect(event.occurredAt).toEqual(new Date(1778493400 * 1000));
    expect(event.data).toEqual({ event: 'ACCOUNT_VIOLATION', violation_info: { violation_type: 'SCAM' } });
  });

  it('translates a restriction with every restriction', () => {
    const { value, ctx } = fixture('account-update-restriction.json');
    const [event] = ACCOUNT_UPDATE_TRANSLATOR.translate(value, ctx);
    expect(event.data).toEqual({
      event: 'ACCOUNT_RESTRICTION',
      restriction_info: [
        {
          restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING',
          expiration: 1779098300,
          remediation: 'Review your messaging practices and ensure compliance with WhatsApp policies.',
        },
        { restriction_type: 'RESTRICTED_ADD_PHONE_NUMBER_ACTION', expiration: 1779098300 },
      ],
    });
  });

  it('carries ban_info, phone_number and other sub-objects', () => {
    const [event] = ACCOUNT_UPDATE_TRANSLATOR.translate(
      {
        phone_number: '15550100001',
        event: 'DISABLED_UPDATE',
        ban_info: { waba_ban_state: ['SCHEDULE_FOR_DISABLE'], waba_ban_date: 'DATE' },
        waba_info: { waba_id: '103850127645201', owner_business_id: '948201736455102' },
      },
      { wabaId: 'w', receivedAt: RECEIVED },
    );
    expect(event.data).toEqual({
      event: 'DISABLED_UPDATE',
      phone_number: '15550100001',
      ban_info: { waba_ban_state: ['SCHEDULE_FOR_DISABLE'], waba_ban_date: 'DATE' },
      waba_info: { waba_id: '103850127645201', owner_business_id: '948201736455102' },
    });
  });
});
