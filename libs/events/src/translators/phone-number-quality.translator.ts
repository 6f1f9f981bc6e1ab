import { numOrStr, singleChangeTranslator, str } from './translator-helpers';

export const PHONE_NUMBER_QUALITY_FIELD = 'phone_number_quality_update';

/**
 * phone_number_quality_update → phone_number.quality_updated (messaging limit tier changes, flags,
 * throughput upgrades). Meta is replacing `current_limit`/`old_limit` by
 * `max_daily_conversations_per_business` (a tier name or a number): all three are optional. Meta names
 * the number only by its display form, handed on for the ingest to resolve its id.
 */
export const PHONE_NUMBER_QUALITY_TRANSLATOR = singleChangeTranslator(
  PHONE_NUMBER_QUALITY_FIELD,
  'phone_number.quality_updated',
  (value) => ({
    display_phone_number: str(value.display_phone_number),
    event: str(value.event),
    current_limit: str(value.current_limit),
    old_limit: str(value.old_limit),
    max_daily_conversations_per_business: numOrStr(value.max_daily_conversations_per_business),
  }),
  { locate: (value) => ({ displayPhoneNumber: str(value.display_phone_number) }) },
);
