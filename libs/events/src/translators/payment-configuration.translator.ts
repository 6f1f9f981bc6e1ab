import { singleChangeTranslator, str, unixToIso } from './translator-helpers';

export const PAYMENT_CONFIGURATION_FIELD = 'payment_configuration_update';

/** payment_configuration_update → payment_configuration.updated (Payments API India / Brazil). */
export const PAYMENT_CONFIGURATION_TRANSLATOR = singleChangeTranslator(
  PAYMENT_CONFIGURATION_FIELD,
  'payment_configuration.updated',
  (value) => ({
    configuration_name: str(value.configuration_name),
    provider_name: str(value.provider_name),
    provider_mid: str(value.provider_mid),
    status: str(value.status),
    created_timestamp: unixToIso(value.created_timestamp),
    updated_timestamp: unixToIso(value.updated_timestamp),
  }),
  { ownTimestamp: (value) => value.updated_timestamp },
);
