import { num, singleChangeTranslator, str } from './translator-helpers';

export const BUSINESS_CAPABILITY_FIELD = 'business_capability_update';

/**
 * business_capability_update → account.capability_updated. Known limits are typed; any other limit
 * Meta adds later is carried under its own name.
 */
export const BUSINESS_CAPABILITY_TRANSLATOR = singleChangeTranslator(
  BUSINESS_CAPABILITY_FIELD,
  'account.capability_updated',
  (value) => {
    const data: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(value)) data[key] = num(raw) ?? str(raw) ?? raw;
    return data;
  },
);
