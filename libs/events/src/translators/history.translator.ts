import {
  asRecord,
  compact,
  contentKey,
  num,
  occurredAt,
  readErrors,
  readMetadata,
  recordsOf,
  requireRecord,
  str,
} from './translator-helpers';
import { MetaFieldTranslator, TranslatorRegistration, UnreadableChangeError } from './translator.types';
import { messageData } from './messages.translator';

export const HISTORY_FIELD = 'history';

/**
 * history (coexistence chat history sync) → history.synced, one per history chunk: its phase,
 * chunk order and progress, and the chunk's threads with typed messages (each with its delivery
 * status from history_context). When the business declined to share history, the chunk carries
 * only `errors` (code 2593109).
 */
export const translateHistory: MetaFieldTranslator = (raw, ctx) => {
  const value = requireRecord(HISTORY_FIELD, raw);
  if (!Array.isArray(value.history)) throw new UnreadableChangeError(HISTORY_FIELD, 'value has no history array');
  const meta = readMetadata(value);
  return recordsOf(value.history).map((chunk) => {
    const metadata = asRecord(chunk.metadata);
    const threads = recordsOf(chunk.threads).map((thread) =>
      compact({
        id: str(thread.id),
        messages: recordsOf(thread.messages).map((message) =>
          compact({
            ...messageData(HISTORY_FIELD, message),
            to: str(message.to),
            status: str(asRecord(message.history_context)?.status),
          }),
        ),
      }),
    );
    return {
      type: 'history.synced',
      key: contentKey(HISTORY_FIELD, ctx, chunk),
      occurredAt: occurredAt(ctx),
      phoneNumberId: meta.phoneNumberId,
      data: compact({
        display_phone_number: meta.displayPhoneNumber,
        phase: num(metadata?.phase),
        chunk_order: num(metadata?.chunk_order),
        progress: num(metadata?.progress),
        threads,
        errors: readErrors(chunk.errors),
      }),
    };
  });
};

export const HISTORY_TRANSLATOR: TranslatorRegistration = {
  field: HISTORY_FIELD,
  produces: ['history.synced'],
  translate: translateHistory,
};
