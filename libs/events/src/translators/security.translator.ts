import { requireString, singleChangeTranslator, str } from './translator-helpers';

export const SECURITY_FIELD = 'security';

/**
 * security → account.security_event (two-step verification PIN changed / reset requested...). Meta
 * names the number only by its display form, handed on for the ingest to resolve its id.
 */
export const SECURITY_TRANSLATOR = singleChangeTranslator(
  SECURITY_FIELD,
  'account.security_event',
  (value) => ({
    display_phone_number: str(value.display_phone_number),
    event: requireString(SECURITY_FIELD, value, 'event'),
    requester: str(value.requester),
  }),
  { locate: (value) => ({ displayPhoneNumber: str(value.display_phone_number) }) },
);
