import { compact, eachItem, occurredAt, readMetadata, requireRecord, str } from './translator-helpers';
import { MetaFieldTranslator, TranslatorRegistration, UnreadableChangeError } from './translator.types';
import { messageData } from './messages.translator';
import { readContacts, whatsAppUser } from './whatsapp-user';

export const SMB_MESSAGE_ECHOES_FIELD = 'smb_message_echoes';
export const MESSAGE_ECHOES_FIELD = 'message_echoes';

/**
 * Both echo fields carry `value.message_echoes[]`: messages the business itself sent from the
 * WhatsApp Business app or a companion device (coexistence), including edits and revokes. The user
 * written to is `to` / `to_user_id`, completed from contacts[].
 */
function echoTranslator(field: string): MetaFieldTranslator {
  return (raw, ctx) => {
    const value = requireRecord(field, raw);
    if (!Array.isArray(value.message_echoes)) {
      throw new UnreadableChangeError(field, 'value has no message_echoes array');
    }
    const meta = readMetadata(value);
    const contacts = readContacts(value);
    return eachItem(ctx, 'message_echoes', value.message_echoes, (message) => {
      const data = messageData(field, message);
      const user = whatsAppUser({ waId: message.to, userId: message.to_user_id, parentUserId: message.to_parent_user_id }, contacts);
      return [
        {
          type: 'message.echoed',
          key: `${String(data.message_id)}:${String(data.message_type)}`,
          occurredAt: occurredAt(ctx, message.timestamp),
          phoneNumberId: meta.phoneNumberId,
          displayPhoneNumber: meta.displayPhoneNumber,
          data: compact({
            ...data,
            to: str(message.to),
            to_user_id: str(message.to_user_id),
            to_parent_user_id: str(message.to_parent_user_id),
            user,
            display_phone_number: meta.displayPhoneNumber,
            source: field,
          }),
        },
      ];
    });
  };
}

export const SMB_MESSAGE_ECHOES_TRANSLATOR: TranslatorRegistration = {
  field: SMB_MESSAGE_ECHOES_FIELD,
  produces: ['message.echoed'],
  translate: echoTranslator(SMB_MESSAGE_ECHOES_FIELD),
};

export const MESSAGE_ECHOES_TRANSLATOR: TranslatorRegistration = {
  field: MESSAGE_ECHOES_FIELD,
  produces: ['message.echoed'],
  translate: echoTranslator(MESSAGE_ECHOES_FIELD),
};
