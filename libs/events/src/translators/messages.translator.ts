import {
  asRecord,
  bool,
  compact,
  contentKey,
  copyRecord,
  num,
  occurredAt,
  parseJsonLoose,
  readErrors,
  readMetadata,
  recordsOf,
  requireRecord,
  requireString,
  str,
  unixToIso,
} from './translator-helpers';
import {
  MetaFieldTranslator,
  TranslatedEvent,
  TranslationContext,
  TranslatorRegistration,
  UnreadableChangeError,
} from './translator.types';

export const MESSAGES_FIELD = 'messages';

const MEDIA_TYPES = new Set(['image', 'video', 'audio', 'document', 'sticker']);

function mediaContent(raw: Record<string, unknown>): Record<string, unknown> {
  return compact({
    id: str(raw.id),
    mime_type: str(raw.mime_type),
    sha256: str(raw.sha256),
    caption: str(raw.caption),
    filename: str(raw.filename),
    voice: bool(raw.voice),
    animated: bool(raw.animated),
    url: str(raw.url),
  });
}

function interactiveContent(raw: Record<string, unknown>): Record<string, unknown> {
  const type = str(raw.type) ?? 'unknown';
  const out: Record<string, unknown> = { type };
  const buttonReply = asRecord(raw.button_reply);
  if (buttonReply) out.button_reply = compact({ id: str(buttonReply.id), title: str(buttonReply.title) });
  const listReply = asRecord(raw.list_reply);
  if (listReply) {
    out.list_reply = compact({
      id: str(listReply.id),
      title: str(listReply.title),
      description: str(listReply.description),
    });
  }
  const nfmReply = asRecord(raw.nfm_reply);
  if (nfmReply) {
    out.nfm_reply = compact({
      name: str(nfmReply.name),
      body: str(nfmReply.body),
      response_json: parseJsonLoose(nfmReply.response_json),
    });
  }
  // Reply kinds not modelled above (e.g. call_permission_reply) are carried as Meta sent them.
  if (!(type in out) && asRecord(raw[type])) out[type] = copyRecord(raw[type]);
  return out;
}

/**
 * The typed content of one WhatsApp message, i.e. the object placed under the key named by its type.
 * Shared by incoming messages, message echoes and history. Unknown types keep Meta's raw object.
 */
export function messageContent(type: string, message: Record<string, unknown>): unknown {
  const raw = message[type];
  const record = asRecord(raw);
  if (MEDIA_TYPES.has(type)) return record ? mediaContent(record) : undefined;
  switch (type) {
    case 'text':
      return compact({ body: str(record?.body) ?? '' });
    case 'location':
      return record
        ? compact({
            latitude: num(record.latitude),
            longitude: num(record.longitude),
            name: str(record.name),
            address: str(record.address),
            url: str(record.url),
          })
        : undefined;
    case 'contacts':
      return Array.isArray(raw) ? recordsOf(raw).map((c) => ({ ...c })) : undefined;
    case 'interactive':
      return record ? interactiveContent(record) : undefined;
    case 'button':
      return record ? compact({ payload: str(record.payload), text: str(record.text) }) : undefined;
    case 'reaction': {
      if (!record) return undefined;
      const emoji = str(record.emoji);
      return compact({
        message_id: str(record.message_id),
        emoji,
        removed: emoji === undefined ? true : undefined,
      });
    }
    case 'order':
      return record
        ? compact({
            catalog_id: str(record.catalog_id),
            text: str(record.text),
            product_items: recordsOf(record.product_items).map((item) =>
              compact({
                product_retailer_id: str(item.product_retailer_id),
                quantity: num(item.quantity),
                item_price: num(item.item_price),
                currency: str(item.currency),
              }),
            ),
          })
        : undefined;
    case 'system':
      return record
        ? compact({
            body: str(record.body),
            type: str(record.type),
            wa_id: str(record.wa_id),
            new_wa_id: str(record.new_wa_id),
            customer: str(record.customer),
          })
        : undefined;
    default:
      if (record) return { ...record };
      return Array.isArray(raw) ? [...raw] : undefined;
  }
}

function readContext(value: unknown): Record<string, unknown> | undefined {
  const context = asRecord(value);
  if (!context) return undefined;
  const product = asRecord(context.referred_product);
  return compact({
    from: str(context.from),
    message_id: str(context.id),
    forwarded: bool(context.forwarded),
    frequently_forwarded: bool(context.frequently_forwarded),
    referred_product: product
      ? compact({ catalog_id: str(product.catalog_id), product_retailer_id: str(product.product_retailer_id) })
      : undefined,
  });
}

/** Click-to-WhatsApp ad referral (with ctwa_clid) carried on the first message of an ad thread. */
export function readReferral(value: unknown): Record<string, unknown> | undefined {
  const referral = asRecord(value);
  if (!referral) return undefined;
  const welcome = asRecord(referral.welcome_message);
  return compact({
    source_url: str(referral.source_url),
    source_id: str(referral.source_id),
    source_type: str(referral.source_type),
    headline: str(referral.headline),
    body: str(referral.body),
    media_type: str(referral.media_type),
    image_url: str(referral.image_url),
    video_url: str(referral.video_url),
    thumbnail_url: str(referral.thumbnail_url),
    ctwa_clid: str(referral.ctwa_clid),
    welcome_message: welcome ? compact({ text: str(welcome.text) }) : undefined,
  });
}

/** Keys of the message payload a content key named by an odd `type` must not overwrite. */
const RESERVED_KEYS = new Set(['message_id', 'from', 'to', 'timestamp', 'message_type', 'context', 'referral', 'errors', 'contact_name', 'display_phone_number', 'source', 'status']);

/** The fields every message-shaped event shares (received, echoed, history). */
export function messageData(field: string, message: Record<string, unknown>): Record<string, unknown> {
  const messageId = requireString(field, message, 'id', 'message id');
  const type = str(message.type) ?? 'unknown';
  return compact({
    message_id: messageId,
    from: str(message.from),
    timestamp: unixToIso(message.timestamp),
    message_type: type,
    ...(RESERVED_KEYS.has(type) ? {} : { [type]: messageContent(type, message) }),
    context: readContext(message.context),
    referral: readReferral(message.referral),
    errors: readErrors(message.errors),
  });
}

function contactNames(value: Record<string, unknown>): Map<string, string> {
  const names = new Map<string, string>();
  for (const contact of recordsOf(value.contacts)) {
    const waId = str(contact.wa_id);
    const name = str(asRecord(contact.profile)?.name);
    if (waId && name) names.set(waId, name);
  }
  return names;
}

function receivedEvent(
  message: Record<string, unknown>,
  value: Record<string, unknown>,
  names: Map<string, string>,
  ctx: TranslationContext,
): TranslatedEvent {
  const meta = readMetadata(value);
  const base = messageData(MESSAGES_FIELD, message);
  const from = str(message.from);
  if (!from) throw new UnreadableChangeError(MESSAGES_FIELD, `message ${String(base.message_id)} has no sender`);
  const data = compact({
    ...base,
    contact_name: names.get(from),
    display_phone_number: meta.displayPhoneNumber,
  });
  return {
    type: 'message.received',
    key: String(base.message_id),
    occurredAt: occurredAt(ctx, message.timestamp),
    phoneNumberId: meta.phoneNumberId,
    data,
  };
}

function statusEvent(status: Record<string, unknown>, value: Record<string, unknown>, ctx: TranslationContext) {
  const meta = readMetadata(value);
  const messageId = requireString(MESSAGES_FIELD, status, 'id', 'status message id');
  const state = requireString(MESSAGES_FIELD, status, 'status', 'status value');
  const conversation = asRecord(status.conversation);
  const pricing = asRecord(status.pricing);
  const errors = readErrors(status.errors);
  const firstCode = errors?.[0]?.code;
  const event: TranslatedEvent = {
    type: 'message.status_updated',
    key: firstCode !== undefined ? `${messageId}:${state}:${String(firstCode)}` : `${messageId}:${state}`,
    occurredAt: occurredAt(ctx, status.timestamp),
    phoneNumberId: meta.phoneNumberId,
    data: compact({
      message_id: messageId,
      status: state,
      recipient_id: str(status.recipient_id),
      timestamp: unixToIso(status.timestamp),
      display_phone_number: meta.displayPhoneNumber,
      conversation: conversation
        ? compact({
            id: str(conversation.id),
            origin_type: str(asRecord(conversation.origin)?.type),
            expiration_timestamp: unixToIso(conversation.expiration_timestamp),
          })
        : undefined,
      pricing: pricing
        ? compact({
            billable: bool(pricing.billable),
            pricing_model: str(pricing.pricing_model),
            category: str(pricing.category),
            type: str(pricing.type),
          })
        : undefined,
      errors,
      biz_opaque_callback_data: str(status.biz_opaque_callback_data),
    }),
  };
  return event;
}

export const translateMessages: MetaFieldTranslator = (raw, ctx) => {
  const value = requireRecord(MESSAGES_FIELD, raw);
  const hasMessages = Array.isArray(value.messages);
  const hasStatuses = Array.isArray(value.statuses);
  const topErrors = readErrors(value.errors);
  if (!hasMessages && !hasStatuses && !topErrors) {
    throw new UnreadableChangeError(MESSAGES_FIELD, 'value has no messages, statuses or errors');
  }
  const events: TranslatedEvent[] = [];
  const names = contactNames(value);
  for (const message of recordsOf(value.messages)) events.push(receivedEvent(message, value, names, ctx));
  for (const status of recordsOf(value.statuses)) events.push(statusEvent(status, value, ctx));
  if (topErrors && !hasMessages && !hasStatuses) {
    const meta = readMetadata(value);
    events.push({
      type: 'message.error',
      key: contentKey(MESSAGES_FIELD, ctx, raw),
      occurredAt: occurredAt(ctx),
      phoneNumberId: meta.phoneNumberId,
      data: compact({ display_phone_number: meta.displayPhoneNumber, errors: topErrors }),
    });
  }
  return events;
};

export const MESSAGES_TRANSLATOR: TranslatorRegistration = {
  field: MESSAGES_FIELD,
  produces: ['message.received', 'message.status_updated', 'message.error'],
  translate: translateMessages,
};
