import { asRecord, copyRecord, singleChangeTranslator, str } from './translator-helpers';

export const ACCOUNT_UPDATE_FIELD = 'account_update';

/**
 * account_update → account.updated. Meta attaches a different sub-object per event
 * (violation_info, restriction_info, ban_info, lock_info, waba_info, disable_info,
 * auth_international_rate_eligibility, partner_client_certification_info, ...): every one present
 * is carried as Meta sent it, so new variants reach customers without a code change.
 */
export const ACCOUNT_UPDATE_TRANSLATOR = singleChangeTranslator(ACCOUNT_UPDATE_FIELD, 'account.updated', (value) => {
  const data: Record<string, unknown> = {
    event: str(value.event),
    phone_number: str(value.phone_number),
  };
  for (const [key, sub] of Object.entries(value)) {
    if (key === 'event' || key === 'phone_number') continue;
    if (Array.isArray(sub)) data[key] = sub.map((item) => copyRecord(item) ?? item);
    else if (asRecord(sub)) data[key] = copyRecord(sub);
    else if (sub !== undefined) data[key] = sub;
  }
  return data;
});
