import { asRecord, compact, copyRecord, singleChangeTranslator, str, templateIdentity, unixToIso } from './translator-helpers';

export const TEMPLATE_STATUS_FIELD = 'message_template_status_update';

/** message_template_status_update → template.status_updated (approved, rejected, paused, disabled...). */
export const TEMPLATE_STATUS_TRANSLATOR = singleChangeTranslator(
  TEMPLATE_STATUS_FIELD,
  'template.status_updated',
  (value) => {
    const otherInfo = asRecord(value.other_info);
    const rejectionInfo = asRecord(value.rejection_info);
    const disableInfo = asRecord(value.disable_info);
    return {
      ...templateIdentity(TEMPLATE_STATUS_FIELD, value),
      status: str(value.event),
      reason: value.reason === null ? null : str(value.reason),
      category: str(value.message_template_category),
      other_info: otherInfo ? compact({ title: str(otherInfo.title), description: str(otherInfo.description) }) : undefined,
      rejection_info: rejectionInfo ? copyRecord(rejectionInfo) : undefined,
      disable_date: unixToIso(disableInfo?.disable_date) ?? str(disableInfo?.disable_date),
    };
  },
);
