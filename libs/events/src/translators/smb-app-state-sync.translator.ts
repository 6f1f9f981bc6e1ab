import { asRecord, compact, eachItem, itemContentKey, occurredAt, readMetadata, requireRecord, str, unixToIso } from './translator-helpers';
import { MetaFieldTranslator, TranslatedEvent, TranslatorRegistration, UnreadableChangeError } from './translator.types';

export const SMB_APP_STATE_SYNC_FIELD = 'smb_app_state_sync';

/**
 * smb_app_state_sync → contact.synced, one per `state_sync[]` item: a contact added/edited ("add")
 * or removed ("remove") in the business's WhatsApp Business app address book. An item has no id of its
 * own: its key is its content. An unreadable item is skipped without losing its siblings.
 */
export const translateSmbAppStateSync: MetaFieldTranslator = (raw, ctx) => {
  const value = requireRecord(SMB_APP_STATE_SYNC_FIELD, raw);
  if (!Array.isArray(value.state_sync)) {
    throw new UnreadableChangeError(SMB_APP_STATE_SYNC_FIELD, 'value has no state_sync array');
  }
  const meta = readMetadata(value);
  return eachItem(ctx, 'state_sync', value.state_sync, (item): TranslatedEvent[] => {
    const contact = asRecord(item.contact);
    const timestamp = asRecord(item.metadata)?.timestamp;
    const event: TranslatedEvent = {
      type: 'contact.synced',
      key: itemContentKey(SMB_APP_STATE_SYNC_FIELD, ctx, value, 'state_sync', item),
      occurredAt: occurredAt(ctx, timestamp),
      phoneNumberId: meta.phoneNumberId,
      data: compact({
        sync_type: str(item.type),
        action: str(item.action),
        contact: contact
          ? compact({
              full_name: str(contact.full_name),
              first_name: str(contact.first_name),
              phone_number: str(contact.phone_number),
            })
          : undefined,
        timestamp: unixToIso(timestamp),
        display_phone_number: meta.displayPhoneNumber,
      }),
    };
    if (meta.displayPhoneNumber !== undefined) event.displayPhoneNumber = meta.displayPhoneNumber;
    return [event];
  });
};

export const SMB_APP_STATE_SYNC_TRANSLATOR: TranslatorRegistration = {
  field: SMB_APP_STATE_SYNC_FIELD,
  produces: ['contact.synced'],
  translate: translateSmbAppStateSync,
};
