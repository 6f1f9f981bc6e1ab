import { singleChangeTranslator, str } from './translator-helpers';

export const PHONE_NUMBER_QUALITY_FIELD = 'phone_number_quality_update';

/** phone_number_quality_update → phone_number.quality_updated (messaging limit tier changes, flags). */
export const PHONE_NUMBER_QUALITY_TRANSLATOR = singleChangeTranslator(
  PHONE_NUMBER_QUALITY_FIELD,
  'phone_number.quality_updated',
  (value) => ({
    display_phone_number: str(value.display_phone_number),
    event: str(value.event),
    current_limit: str(value.current_limit),
    old_limit: str(value.old_limit),
    max_daily_conversations_per_business: str(value.max_daily_conversations_per_business),
  }),
);
