import { singleChangeTranslator, str } from './translator-helpers';

export const PHONE_NUMBER_NAME_FIELD = 'phone_number_name_update';

/**
 * phone_number_name_update → phone_number.name_updated (display name review decision). Meta names the
 * number only by its display form, handed on for the ingest to resolve its id.
 */
export const PHONE_NUMBER_NAME_TRANSLATOR = singleChangeTranslator(
  PHONE_NUMBER_NAME_FIELD,
  'phone_number.name_updated',
  (value) => ({
    display_phone_number: str(value.display_phone_number),
    decision: str(value.decision),
    requested_verified_name: str(value.requested_verified_name),
    rejection_reason: str(value.rejection_reason) ?? null,
  }),
  { locate: (value) => ({ displayPhoneNumber: str(value.display_phone_number) }) },
);
