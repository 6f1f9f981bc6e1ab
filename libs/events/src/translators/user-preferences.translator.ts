import { compact, eachItem, occurredAt, readMetadata, requireRecord, str, unixToIso } from './translator-helpers';
import { MetaFieldTranslator, TranslatorRegistration, UnreadableChangeError } from './translator.types';
import { readContacts, whatsAppUser } from './whatsapp-user';

export const USER_PREFERENCES_FIELD = 'user_preferences';

/**
 * user_preferences → user.preferences_updated, one per preference (e.g. marketing messages stop/resume).
 * Since 2026 a preference names its user by phone (wa_id), BSUID (user_id) or both.
 */
export const translateUserPreferences: MetaFieldTranslator = (raw, ctx) => {
  const value = requireRecord(USER_PREFERENCES_FIELD, raw);
  if (!Array.isArray(value.user_preferences)) {
    throw new UnreadableChangeError(USER_PREFERENCES_FIELD, 'value has no user_preferences array');
  }
  const meta = readMetadata(value);
  const contacts = readContacts(value);
  return eachItem(ctx, USER_PREFERENCES_FIELD, value.user_preferences, (pref) => {
    const waId = str(pref.wa_id);
    const userId = str(pref.user_id);
    const identity = waId ?? userId;
    if (!identity) throw new UnreadableChangeError(USER_PREFERENCES_FIELD, 'preference has neither wa_id nor user_id');
    const user = whatsAppUser({ waId, userId, parentUserId: pref.parent_user_id }, contacts);
    const category = str(pref.category);
    const choice = str(pref.value);
    return [
      {
        type: 'user.preferences_updated',
        key: `${identity}:${category ?? ''}:${choice ?? ''}:${str(pref.timestamp) ?? ctx.entryTime ?? ''}`,
        occurredAt: occurredAt(ctx, pref.timestamp),
        phoneNumberId: meta.phoneNumberId,
        displayPhoneNumber: meta.displayPhoneNumber,
        data: compact({
          wa_id: waId,
          user_id: userId,
          parent_user_id: str(pref.parent_user_id),
          user,
          contact_name: user?.name,
          category,
          value: choice,
          detail: str(pref.detail),
          timestamp: unixToIso(pref.timestamp),
          display_phone_number: meta.displayPhoneNumber,
        }),
      },
    ];
  });
};

export const USER_PREFERENCES_TRANSLATOR: TranslatorRegistration = {
  field: USER_PREFERENCES_FIELD,
  produces: ['user.preferences_updated'],
  translate: translateUserPreferences,
};
