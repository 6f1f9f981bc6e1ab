import { asRecord, compact, contentKey, eachItem, occurredAt, readMetadata, requireRecord, str, unixToIso } from './translator-helpers';
import { MetaFieldTranslator, TranslatorRegistration, UnreadableChangeError } from './translator.types';
import { readContacts, whatsAppUser } from './whatsapp-user';

export const USER_ID_UPDATE_FIELD = 'user_id_update';

/**
 * user_id_update → user.id_updated, one per `user_id_update[]` item: Meta rotated a user's BSUID (and
 * parent BSUID) because they changed phone number. The item has no id of its own, so its key is a hash of
 * its content and the business number: a resend keeps it, any other update changes it.
 */
export const translateUserIdUpdate: MetaFieldTranslator = (raw, ctx) => {
  const value = requireRecord(USER_ID_UPDATE_FIELD, raw);
  if (!Array.isArray(value.user_id_update)) {
    throw new UnreadableChangeError(USER_ID_UPDATE_FIELD, 'value has no user_id_update array');
  }
  const meta = readMetadata(value);
  const contacts = readContacts(value);
  return eachItem(ctx, USER_ID_UPDATE_FIELD, value.user_id_update, (update) => {
    const userId = asRecord(update.user_id);
    const parentUserId = asRecord(update.parent_user_id);
    const current = str(userId?.current);
    if (!current) throw new UnreadableChangeError(USER_ID_UPDATE_FIELD, 'update has no user_id.current');
    const previous = str(userId?.previous);
    const user = whatsAppUser({ waId: update.wa_id, userId: current, parentUserId: parentUserId?.current }, contacts);
    // contacts[] may still name the user by the previous BSUID: take the profile from there when so.
    const previousContact = previous ? contacts.find((c) => c.user_id === previous) : undefined;
    return [
      {
        type: 'user.id_updated',
        key: contentKey(USER_ID_UPDATE_FIELD, ctx, { phone_number_id: meta.phoneNumberId, update }),
        occurredAt: occurredAt(ctx, update.timestamp),
        phoneNumberId: meta.phoneNumberId,
        displayPhoneNumber: meta.displayPhoneNumber,
        data: compact({
          previous_user_id: previous,
          current_user_id: current,
          previous_parent_user_id: str(parentUserId?.previous),
          current_parent_user_id: str(parentUserId?.current),
          wa_id: str(update.wa_id),
          detail: str(update.detail),
          timestamp: unixToIso(update.timestamp),
          user: compact({
            ...user,
            username: user?.username ?? previousContact?.username,
            name: user?.name ?? previousContact?.name,
            wa_id: user?.wa_id ?? previousContact?.wa_id,
          }),
          display_phone_number: meta.displayPhoneNumber,
        }),
      },
    ];
  });
};

export const USER_ID_UPDATE_TRANSLATOR: TranslatorRegistration = {
  field: USER_ID_UPDATE_FIELD,
  produces: ['user.id_updated'],
  translate: translateUserIdUpdate,
};
