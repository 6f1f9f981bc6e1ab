import { asRecord, compact, singleChangeTranslator, str, templateIdentity, unixToIsoOrText } from './translator-helpers';

export const TEMPLATE_STATUS_FIELD = 'message_template_status_update';

/**
 * message_template_status_update → template.status_updated (approved, rejected, paused, disabled...).
 * `reason` is Meta's code (NONE included); Meta's null (template scheduled for deletion) leaves it out.
 * `disable_date` is ISO-8601 when Meta sends Unix seconds, else its text as sent.
 */
export const TEMPLATE_STATUS_TRANSLATOR = singleChangeTranslator(TEMPLATE_STATUS_FIELD, 'template.status_updated', (value) => {
  const otherInfo = asRecord(value.other_info);
  const rejectionInfo = asRecord(value.rejection_info);
  const disableInfo = asRecord(value.disable_info);
  return {
    ...templateIdentity(TEMPLATE_STATUS_FIELD, value),
    status: str(value.event),
    reason: str(value.reason),
    category: str(value.message_template_category),
    other_info: otherInfo ? compact({ title: str(otherInfo.title), description: str(otherInfo.description) }) : undefined,
    rejection_info: rejectionInfo ? compact({ reason: str(rejectionInfo.reason), recommendation: str(rejectionInfo.recommendation) }) : undefined,
    disable_date: unixToIsoOrText(disableInfo?.disable_date),
  };
});
