import { asRecord, compact, contentKey, eachItem, num, occurredAt, readErrors, readMetadata, requireRecord, str } from './translator-helpers';
import { MetaFieldTranslator, TranslatedEvent, TranslationContext, TranslatorRegistration, UnreadableChangeError } from './translator.types';
import { messageData } from './messages.translator';
import { WhatsAppUser, readContacts, whatsAppUser } from './whatsapp-user';

export const HISTORY_FIELD = 'history';

function historyMessage(message: Record<string, unknown>): Record<string, unknown> {
  return compact({
    ...messageData(HISTORY_FIELD, message),
    to: str(message.to),
    to_user_id: str(message.to_user_id),
    status: str(asRecord(message.history_context)?.status),
  });
}

/** One chunk of `history[]`: its threads, each message read on its own (a bad one is reported, not fatal). */
function chunkEvent(
  chunk: Record<string, unknown>,
  index: number,
  value: Record<string, unknown>,
  contacts: readonly WhatsAppUser[],
  ctx: TranslationContext,
): TranslatedEvent {
  const meta = readMetadata(value);
  const metadata = asRecord(chunk.metadata);
  const path = `history[${index}].threads`;
  const threads = eachItem(ctx, path, chunk.threads, (thread, t) => {
    const context = asRecord(thread.context);
    const user = whatsAppUser(
      { waId: str(context?.wa_id) ?? thread.id, userId: context?.user_id, parentUserId: context?.parent_user_id, username: context?.username },
      contacts,
    );
    const messages = eachItem(ctx, `${path}[${t}].messages`, thread.messages, (message) => [historyMessage(message)]);
    return [compact({ id: str(thread.id), user, messages })];
  });
  return {
    type: 'history.synced',
    key: contentKey(HISTORY_FIELD, ctx, chunk),
    occurredAt: occurredAt(ctx),
    phoneNumberId: meta.phoneNumberId,
    displayPhoneNumber: meta.displayPhoneNumber,
    data: compact({
      display_phone_number: meta.displayPhoneNumber,
      phase: num(metadata?.phase),
      chunk_order: num(metadata?.chunk_order),
      progress: num(metadata?.progress),
      threads,
      errors: readErrors(chunk.errors),
    }),
  };
}

/**
 * A media follow-up: Meta re-sends media of the last 14 days of history as a `messages[]` (user → business)
 * or `message_echoes[]` (business → user) array; each becomes a one-message thread of its user.
 */
function followUpEvent(
  message: Record<string, unknown>,
  outgoing: boolean,
  value: Record<string, unknown>,
  contacts: readonly WhatsAppUser[],
  ctx: TranslationContext,
): TranslatedEvent {
  const meta = readMetadata(value);
  const user = outgoing
    ? whatsAppUser({ waId: message.to, userId: message.to_user_id, parentUserId: message.to_parent_user_id }, contacts)
    : whatsAppUser({ waId: message.from, userId: message.from_user_id, parentUserId: message.from_parent_user_id }, contacts);
  return {
    type: 'history.synced',
    key: contentKey(HISTORY_FIELD, ctx, { phone_number_id: meta.phoneNumberId, message }),
    occurredAt: occurredAt(ctx, message.timestamp),
    phoneNumberId: meta.phoneNumberId,
    displayPhoneNumber: meta.displayPhoneNumber,
    data: compact({
      display_phone_number: meta.displayPhoneNumber,
      threads: [compact({ id: user?.wa_id, user, messages: [historyMessage(message)] })],
    }),
  };
}

/**
 * history (coexistence chat history sync) → history.synced, one per history chunk: its phase,
 * chunk order and progress, and the chunk's threads (with their user) with typed messages (each with
 * its delivery status from history_context). When the business declined to share history, the chunk
 * carries only `errors` (code 2593109). Media follow-ups (messages[] / message_echoes[]) become one
 * history.synced per message.
 */
export const translateHistory: MetaFieldTranslator = (raw, ctx) => {
  const value = requireRecord(HISTORY_FIELD, raw);
  const hasChunks = Array.isArray(value.history);
  if (!hasChunks && !Array.isArray(value.messages) && !Array.isArray(value.message_echoes)) {
    throw new UnreadableChangeError(HISTORY_FIELD, 'value has no history, messages or message_echoes array');
  }
  const contacts = readContacts(value);
  return [
    ...eachItem(ctx, 'history', value.history, (chunk, i) => [chunkEvent(chunk, i, value, contacts, ctx)]),
    ...eachItem(ctx, 'messages', value.messages, (message) => [followUpEvent(message, false, value, contacts, ctx)]),
    ...eachItem(ctx, 'message_echoes', value.message_echoes, (message) => [followUpEvent(message, true, value, contacts, ctx)]),
  ];
};

export const HISTORY_TRANSLATOR: TranslatorRegistration = {
  field: HISTORY_FIELD,
  produces: ['history.synced'],
  translate: translateHistory,
};
