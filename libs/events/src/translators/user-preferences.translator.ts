import {
  asRecord,
  compact,
  occurredAt,
  readMetadata,
  recordsOf,
  requireRecord,
  requireString,
  str,
  unixToIso,
} from './translator-helpers';
import { MetaFieldTranslator, TranslatorRegistration, UnreadableChangeError } from './translator.types';

export const USER_PREFERENCES_FIELD = 'user_preferences';

/** user_preferences → user.preferences_updated, one per preference (e.g. marketing messages stop/resume). */
export const translateUserPreferences: MetaFieldTranslator = (raw, ctx) => {
  const value = requireRecord(USER_PREFERENCES_FIELD, raw);
  if (!Array.isArray(value.user_preferences)) {
    throw new UnreadableChangeError(USER_PREFERENCES_FIELD, 'value has no user_preferences array');
  }
  const meta = readMetadata(value);
  const names = new Map<string, string>();
  for (const contact of recordsOf(value.contacts)) {
    const waId = str(contact.wa_id);
    const name = str(asRecord(contact.profile)?.name);
    if (waId && name) names.set(waId, name);
  }
  return recordsOf(value.user_preferences).map((pref) => {
    const waId = requireString(USER_PREFERENCES_FIELD, pref, 'wa_id');
    const category = str(pref.category);
    const choice = str(pref.value);
    return {
      type: 'user.preferences_updated',
      key: `${waId}:${category ?? ''}:${choice ?? ''}:${str(pref.timestamp) ?? ctx.entryTime ?? ''}`,
      occurredAt: occurredAt(ctx, pref.timestamp),
      phoneNumberId: meta.phoneNumberId,
      data: compact({
        wa_id: waId,
        contact_name: names.get(waId),
        category,
        value: choice,
        detail: str(pref.detail),
        timestamp: unixToIso(pref.timestamp),
        display_phone_number: meta.displayPhoneNumber,
      }),
    };
  });
};

export const USER_PREFERENCES_TRANSLATOR: TranslatorRegistration = {
  field: USER_PREFERENCES_FIELD,
  produces: ['user.preferences_updated'],
  translate: translateUserPreferences,
};
