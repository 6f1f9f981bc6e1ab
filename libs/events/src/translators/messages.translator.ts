import {
  asRecord,
  bool,
  compact,
  contentKey,
  copyRecord,
  eachItem,
  num,
  occurredAt,
  parseJsonLoose,
  readErrors,
  readMetadata,
  recordsOf,
  requireRecord,
  requireString,
  str,
  toIsoSeconds,
  unixToIso,
} from './translator-helpers';
import { WhatsAppUser, readContacts, whatsAppUser } from './whatsapp-user';
import { MetaFieldTranslator, TranslatedEvent, TranslationContext, TranslatorRegistration, UnreadableChangeError } from './translator.types';

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

/** Unix seconds or milliseconds (older identity payloads) → ISO-8601. */
function epochToIso(value: unknown): string | undefined {
  const n = num(value);
  if (n === undefined) return undefined;
  return n > 1e11 ? toIsoSeconds(new Date(n)) : unixToIso(n);
}

/**
 * System messages: user_changed_number (new phone in wa_id), user_changed_user_id (new BSUID in user_id /
 * parent_user_id), customer_identity_changed (the identity object sits on the message, older payloads also
 * put its hash in system.identity).
 */
function systemContent(system: Record<string, unknown>, message: Record<string, unknown>): Record<string, unknown> {
  const identity = asRecord(system.identity) ?? asRecord(message.identity);
  const identityHash = typeof system.identity === 'string' ? str(system.identity) : undefined;
  return compact({
    body: str(system.body),
    type: str(system.type),
    wa_id: str(system.wa_id),
    user_id: str(system.user_id),
    parent_user_id: str(system.parent_user_id),
    new_wa_id: str(system.new_wa_id),
    customer: str(system.customer),
    identity:
      identity || identityHash
        ? compact({
            acknowledged: bool(identity?.acknowledged),
            created_timestamp: epochToIso(identity?.created_timestamp),
            hash: str(identity?.hash) ?? identityHash,
          })
        : undefined,
  });
}

/** The content of a message without its envelope: type, typed content and context (edited messages). */
export function messageBody(message: Record<string, unknown>): Record<string, unknown> {
  const type = str(message.type) ?? 'unknown';
  // An edit of an edit is not a Meta shape; such content is kept raw rather than recursed into.
  const content = type === 'edit' ? copyRecord(message[type]) : messageContent(type, message);
  return compact({
    message_type: type,
    ...(RESERVED_KEYS.has(type) ? {} : { [type]: content }),
    context: readContext(message.context),
  });
}

function editContent(edit: Record<string, unknown>): Record<string, unknown> {
  const message = asRecord(edit.message);
  return compact({
    original_message_id: str(edit.original_message_id),
    message: message ? messageBody(message) : undefined,
  });
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
      return record ? systemContent(record, message) : undefined;
    case 'edit':
      return record ? editContent(record) : undefined;
    case 'revoke':
      return record ? compact({ original_message_id: str(record.original_message_id) }) : undefined;
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
    referred_product: product ? compact({ catalog_id: str(product.catalog_id), product_retailer_id: str(product.product_retailer_id) }) : undefined,
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
const RESERVED_KEYS = new Set([
  'message_id',
  'from',
  'from_user_id',
  'from_parent_user_id',
  'group_id',
  'to',
  'to_user_id',
  'to_parent_user_id',
  'timestamp',
  'message_type',
  'message',
  'original_message_id',
  'context',
  'referral',
  'errors',
  'user',
  'contact_name',
  'display_phone_number',
  'source',
  'status',
]);

/** The fields every message-shaped event shares (received, echoed, history). */
export function messageData(field: string, message: Record<string, unknown>): Record<string, unknown> {
  const messageId = requireString(field, message, 'id', 'message id');
  const type = str(message.type) ?? 'unknown';
  return compact({
    message_id: messageId,
    from: str(message.from),
    from_user_id: str(message.from_user_id),
    from_parent_user_id: str(message.from_parent_user_id),
    group_id: str(message.group_id),
    timestamp: unixToIso(message.timestamp),
    message_type: type,
    ...(RESERVED_KEYS.has(type) ? {} : { [type]: messageContent(type, message) }),
    context: readContext(message.context),
    referral: readReferral(message.referral),
    errors: readErrors(message.errors),
  });
}

/** The sender of an inbound message, completed from contacts[] (matched by phone or BSUID). */
export function senderOf(message: Record<string, unknown>, contacts: readonly WhatsAppUser[]): WhatsAppUser | undefined {
  return whatsAppUser({ waId: message.from, userId: message.from_user_id, parentUserId: message.from_parent_user_id }, contacts);
}

/** Inbound `edit` and `revoke` messages change an earlier message; every other type is a new message. */
const CHANGE_TYPES: Record<string, 'message.edited' | 'message.deleted'> = { edit: 'message.edited', revoke: 'message.deleted' };

function inboundEvent(
  message: Record<string, unknown>,
  value: Record<string, unknown>,
  contacts: readonly WhatsAppUser[],
  ctx: TranslationContext,
): TranslatedEvent {
  const meta = readMetadata(value);
  const messageId = requireString(MESSAGES_FIELD, message, 'id', 'message id');
  if (!str(message.from) && !str(message.from_user_id)) {
    throw new UnreadableChangeError(MESSAGES_FIELD, `message ${messageId} has no sender (neither from nor from_user_id)`);
  }
  const user = senderOf(message, contacts);
  const sender = { user, contact_name: user?.name, display_phone_number: meta.displayPhoneNumber };
  const type = str(message.type) ?? 'unknown';
  const changeType = CHANGE_TYPES[type];
  let data: Record<string, unknown>;
  if (changeType) {
    const change = asRecord(message[type]);
    const edited = asRecord(change?.message);
    data = compact({
      message_id: messageId,
      original_message_id: str(change?.original_message_id),
      from: str(message.from),
      from_user_id: str(message.from_user_id),
      from_parent_user_id: str(message.from_parent_user_id),
      group_id: str(message.group_id),
      timestamp: unixToIso(message.timestamp),
      message: changeType === 'message.edited' && edited ? messageBody(edited) : undefined,
      context: changeType === 'message.edited' ? readContext(message.context) : undefined,
      ...sender,
    });
  } else {
    data = compact({ ...messageData(MESSAGES_FIELD, message), ...sender });
  }
  return {
    type: changeType ?? 'message.received',
    key: messageId,
    occurredAt: occurredAt(ctx, message.timestamp),
    phoneNumberId: meta.phoneNumberId,
    displayPhoneNumber: meta.displayPhoneNumber,
    data,
  };
}

/** Meta's group docs also spell the participant key participant_recipient_id. */
function participantPhone(status: Record<string, unknown>): string | undefined {
  return str(status.recipient_participant_id) ?? str(status.participant_recipient_id);
}

function statusEvent(
  status: Record<string, unknown>,
  value: Record<string, unknown>,
  contacts: readonly WhatsAppUser[],
  ctx: TranslationContext,
): TranslatedEvent {
  const meta = readMetadata(value);
  const messageId = requireString(MESSAGES_FIELD, status, 'id', 'status message id');
  const state = requireString(MESSAGES_FIELD, status, 'status', 'status value');
  const conversation = asRecord(status.conversation);
  const pricing = asRecord(status.pricing);
  const errors = readErrors(status.errors);
  const firstCode = errors?.[0]?.code;
  const isGroup = str(status.recipient_type) === 'group';
  const participant = compact({
    phone: participantPhone(status),
    userId: str(status.recipient_participant_user_id),
    parentUserId: str(status.recipient_participant_parent_user_id),
  });
  // In a group, each participant's delivered/read is its own status of the same message.
  const participantKey = isGroup ? (participant.userId ?? participant.phone) : undefined;
  const user = isGroup
    ? whatsAppUser({ waId: participant.phone, userId: participant.userId, parentUserId: participant.parentUserId }, contacts)
    : whatsAppUser({ waId: status.recipient_id, userId: status.recipient_user_id, parentUserId: status.recipient_parent_user_id }, contacts);
  const keyParts = [messageId, state, ...(participantKey ? [participantKey] : []), ...(firstCode !== undefined ? [String(firstCode)] : [])];
  return {
    type: 'message.status_updated',
    key: keyParts.join(':'),
    occurredAt: occurredAt(ctx, status.timestamp),
    phoneNumberId: meta.phoneNumberId,
    displayPhoneNumber: meta.displayPhoneNumber,
    data: compact({
      message_id: messageId,
      status: state,
      recipient_id: str(status.recipient_id),
      recipient_user_id: str(status.recipient_user_id),
      recipient_parent_user_id: str(status.recipient_parent_user_id),
      recipient_type: str(status.recipient_type),
      group_id: isGroup ? str(status.recipient_id) : undefined,
      recipient_participant_id: participant.phone,
      recipient_participant_user_id: participant.userId,
      recipient_participant_parent_user_id: participant.parentUserId,
      recipient_identity_key_hash: str(status.recipient_identity_key_hash),
      user,
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
}

export const translateMessages: MetaFieldTranslator = (raw, ctx) => {
  const value = requireRecord(MESSAGES_FIELD, raw);
  const hasMessages = Array.isArray(value.messages);
  const hasStatuses = Array.isArray(value.statuses);
  const topErrors = readErrors(value.errors);
  if (!hasMessages && !hasStatuses && !topErrors) {
    throw new UnreadableChangeError(MESSAGES_FIELD, 'value has no messages, statuses or errors');
  }
  const contacts = readContacts(value);
  const events: TranslatedEvent[] = [
    ...eachItem(ctx, 'messages', value.messages, (message) => [inboundEvent(message, value, contacts, ctx)]),
    ...eachItem(ctx, 'statuses', value.statuses, (status) => [statusEvent(status, value, contacts, ctx)]),
  ];
  if (topErrors && !hasMessages && !hasStatuses) {
    const meta = readMetadata(value);
    events.push({
      type: 'message.error',
      key: contentKey(MESSAGES_FIELD, ctx, raw),
      occurredAt: occurredAt(ctx),
      phoneNumberId: meta.phoneNumberId,
      displayPhoneNumber: meta.displayPhoneNumber,
      data: compact({ display_phone_number: meta.displayPhoneNumber, errors: topErrors }),
    });
  }
  return events;
};

export const MESSAGES_TRANSLATOR: TranslatorRegistration = {
  field: MESSAGES_FIELD,
  produces: ['message.received', 'message.edited', 'message.deleted', 'message.status_updated', 'message.error'],
  translate: translateMessages,
};
