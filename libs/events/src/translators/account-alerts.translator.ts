import { requireRecord, singleChangeTranslator, str } from './translator-helpers';

export const ACCOUNT_ALERTS_FIELD = 'account_alerts';

/** account_alerts → account.alert (messaging limit, business profile, OBA status alerts). */
export const ACCOUNT_ALERTS_TRANSLATOR = singleChangeTranslator(ACCOUNT_ALERTS_FIELD, 'account.alert', (value) => {
  const info = requireRecord(ACCOUNT_ALERTS_FIELD, value.alert_info, 'alert_info');
  return {
    entity_type: str(value.entity_type),
    entity_id: str(value.entity_id),
    alert_type: str(info.alert_type),
    alert_severity: str(info.alert_severity),
    alert_status: str(info.alert_status),
    alert_description: str(info.alert_description),
  };
});
