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
import { ACCOUNT_ALERTS_TRANSLATOR } from './account-alerts.translator';

describe('account_alerts → account.alert', () => {
  it('translates an alert', () => {
    const { value, ctx } = fixture('account-alerts.json');
    const [event] = ACCOUNT_ALERTS_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('account.alert');
    expect(event.occurredAt).toEqual(new Date(1778494400 * 1000));
    expect(event.data).toEqual({
      entity_type: 'BUSINESS',
      entity_id: '948201736455102',
      alert_type: 'INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED',
      alert_severity: 'WARNING',
      alert_status: 'ACTIVE',
      alert_description:
        'Limits cannot be increased for your business Example Shoes LLC. Use WhatsApp Business platform actively for several days and follow our messaging policies.',
    });
  });

  it('rejects an alert without alert_info', () => {
    expect(() => ACCOUNT_ALERTS_TRANSLATOR.translate({ entity_type: 'WABA' }, { wabaId: 'w', receivedAt: RECEIVED })).toThrow(
      'account_alerts: alert_info is not an object',
    );
  });

  it('an alert about a business concerns no number', () => {
    const { value, ctx } = fixture('account-alerts.json');
    expect(ACCOUNT_ALERTS_TRANSLATOR.translate(value, ctx)[0].phoneNumberId).toBeNull();
  });

  it('an alert about a phone number concerns that number', () => {
    const [event] = ACCOUNT_ALERTS_TRANSLATOR.translate(
      {
        entity_type: 'PHONE_NUMBER',
        entity_id: 117263540981001,
        alert_info: {
          alert_severity: 'CRITICAL',
          alert_status: 'ACTIVE',
          alert_type: 'PROFILE_PICTURE_LOST',
          alert_description: 'Your business profile photo was removed.',
        },
      },
      { wabaId: 'w', entryTime: 1778494400, receivedAt: RECEIVED },
    );
    expect(event.phoneNumberId).toBe('117263540981001');
    expect(event.data).toMatchObject({ entity_type: 'PHONE_NUMBER', entity_id: '117263540981001', alert_type: 'PROFILE_PICTURE_LOST' });
  });
});
