import { compact, occurredAt, readMetadata, recordsOf, requireRecord, str } from './translator-helpers';
import { MetaFieldTranslator, TranslatorRegistration, UnreadableChangeError } from './translator.types';
import { messageData } from './messages.translator';

export const SMB_MESSAGE_ECHOES_FIELD = 'smb_message_echoes';
export const MESSAGE_ECHOES_FIELD = 'message_echoes';

/**
 * Both echo fields carry `value.message_echoes[]`: messages the business itself sent from the
 * WhatsApp Business app or a companion device (coexistence), including edits and revokes.
 */
function echoTranslator(field: string): MetaFieldTranslator {
  return (raw, ctx) => {
    const value = requireRecord(field, raw);
    if (!Array.isArray(value.message_echoes)) {
      throw new UnreadableChangeError(field, 'value has no message_echoes array');
    }
    const meta = readMetadata(value);
    return recordsOf(value.message_echoes).map((message) => {
      const data = messageData(field, message);
      return {
        type: 'message.echoed',
        key: `${String(data.message_id)}:${String(data.message_type)}`,
        occurredAt: occurredAt(ctx, message.timestamp),
        phoneNumberId: meta.phoneNumberId,
        data: compact({ ...data, to: str(message.to), display_phone_number: meta.displayPhoneNumber, source: field }),
      };
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
