import { numOrStr, singleChangeTranslator } from './translator-helpers';

export const BUSINESS_CAPABILITY_FIELD = 'business_capability_update';

/**
 * business_capability_update → account.capability_updated. Limits are numbers, except that Meta sends
 * `max_daily_conversations_per_business` either as a number (2000) or as a tier name (TIER_2K): each
 * is kept as whichever it is. Any other limit Meta adds later is carried under its own name.
 */
export const BUSINESS_CAPABILITY_TRANSLATOR = singleChangeTranslator(BUSINESS_CAPABILITY_FIELD, 'account.capability_updated', (value) => {
  const data: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) data[key] = numOrStr(raw) ?? raw;
  return data;
});
