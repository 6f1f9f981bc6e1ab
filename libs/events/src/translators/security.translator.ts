import { singleChangeTranslator, str } from './translator-helpers';

export const SECURITY_FIELD = 'security';

/** security → account.security_event (two-step verification PIN changed / reset requested...). */
export const SECURITY_TRANSLATOR = singleChangeTranslator(SECURITY_FIELD, 'account.security_event', (value) => ({
  display_phone_number: str(value.display_phone_number),
  event: str(value.event),
  requester: str(value.requester),
}));
