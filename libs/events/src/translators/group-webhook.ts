import { EventTypeName } from '../catalog/event-type-name';
import { compact, contentKey, eachItem, occurredAt, readErrors, readMetadata, requireRecord, requireString, str, unixToIso } from './translator-helpers';
import { MetaFieldTranslator, TranslatorRegistration, UnreadableChangeError } from './translator.types';
import { WhatsAppUser, readContacts } from './whatsapp-user';

/**
 * The four Groups API fields (group_lifecycle_update, group_participants_update, group_settings_update,
 * group_status_update) share one shape, per Meta's documented syntax: `value.groups[]`, each item with
 * `group_id`, `type`, `timestamp`, often `request_id` and `errors`, plus field-specific keys that `read`
 * turns into the rest of the event's data. One event per item; an item has no id of its own, so its key
 * is a hash of its content and the business number.
 */
export function groupTranslator(
  field: string,
  type: EventTypeName,
  read: (item: Record<string, unknown>, contacts: readonly WhatsAppUser[]) => Record<string, unknown>,
): TranslatorRegistration {
  const translate: MetaFieldTranslator = (raw, ctx) => {
    const value = requireRecord(field, raw);
    if (!Array.isArray(value.groups)) throw new UnreadableChangeError(field, 'value has no groups array');
    const meta = readMetadata(value);
    const contacts = readContacts(value);
    return eachItem(ctx, 'groups', value.groups, (item) => [
      {
        type,
        key: contentKey(field, ctx, { phone_number_id: meta.phoneNumberId, item }),
        occurredAt: occurredAt(ctx, item.timestamp),
        phoneNumberId: meta.phoneNumberId,
        displayPhoneNumber: meta.displayPhoneNumber,
        data: compact({
          group_id: requireString(field, item, 'group_id'),
          update_type: str(item.type),
          request_id: str(item.request_id),
          timestamp: unixToIso(item.timestamp),
          ...read(item, contacts),
          errors: readErrors(item.errors),
          display_phone_number: meta.displayPhoneNumber,
        }),
      },
    ]);
  };
  return { field, produces: [type], translate };
}
