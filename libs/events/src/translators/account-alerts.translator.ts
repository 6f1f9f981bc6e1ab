import { requireRecord, singleChangeTranslator, str } from './translator-helpers';

export const ACCOUNT_ALERTS_FIELD = 'account_alerts';

/**
 * account_alerts → account.alert (messaging limit, business profile, OBA status alerts). An alert about
 * a phone number (entity_type PHONE_NUMBER) concerns that number: entity_id is its phone number id.
 */
export const ACCOUNT_ALERTS_TRANSLATOR = singleChangeTranslator(
  ACCOUNT_ALERTS_FIELD,
  'account.alert',
  (value) => {
    const info = requireRecord(ACCOUNT_ALERTS_FIELD, value.alert_info, 'alert_info');
    return {
      entity_type: str(value.entity_type),
      entity_id: str(value.entity_id),
      alert_type: str(info.alert_type),
      alert_severity: str(info.alert_severity),
      alert_status: str(info.alert_status),
      alert_description: str(info.alert_description),
    };
  },
  { locate: (value) => (str(value.entity_type) === 'PHONE_NUMBER' ? { phoneNumberId: str(value.entity_id) } : {}) },
);
