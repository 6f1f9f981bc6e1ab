import { asRecord, compact, eachItem, num, occurredAt, readErrors, readMetadata, requireRecord, requireString, str, unixToIso } from './translator-helpers';
import { MetaFieldTranslator, TranslatorRegistration, UnreadableChangeError } from './translator.types';
import { UserIds, WhatsAppUser, readContacts, whatsAppUser } from './whatsapp-user';

export const CALLS_FIELD = 'calls';

const CALL_EVENT_TYPES: Record<string, string> = {
  connect: 'call.connecting',
  terminate: 'call.terminated',
};

/**
 * The WhatsApp user of a call: the caller of a user-initiated call, the callee of a business-initiated
 * one. Without a direction, the side that carries a BSUID, else the side that is not the business number.
 */
function callUser(call: Record<string, unknown>, contacts: readonly WhatsAppUser[], business: string | undefined): WhatsAppUser | undefined {
  const caller: UserIds = { waId: call.from, userId: call.from_user_id, parentUserId: call.from_parent_user_id };
  const callee: UserIds = { waId: call.to, userId: call.to_user_id, parentUserId: call.to_parent_user_id };
  const direction = str(call.direction);
  if (direction === 'USER_INITIATED') return whatsAppUser(caller, contacts);
  if (direction === 'BUSINESS_INITIATED') return whatsAppUser(callee, contacts);
  if (str(call.from_user_id)) return whatsAppUser(caller, contacts);
  if (str(call.to_user_id)) return whatsAppUser(callee, contacts);
  return business !== undefined && str(call.from) === business ? whatsAppUser(callee, contacts) : whatsAppUser(caller, contacts);
}

/**
 * calls (WhatsApp Business Calling API) → call.connecting (connect webhook with the SDP offer or
 * answer), call.terminated (the call ended, with duration) and call.status_updated (RINGING,
 * ACCEPTED, REJECTED statuses of business-initiated calls). Each call and status is read on its own.
 */
export const translateCalls: MetaFieldTranslator = (raw, ctx) => {
  const value = requireRecord(CALLS_FIELD, raw);
  if (!Array.isArray(value.calls) && !Array.isArray(value.statuses)) {
    throw new UnreadableChangeError(CALLS_FIELD, 'value has no calls or statuses');
  }
  const meta = readMetadata(value);
  const contacts = readContacts(value);
  const calls = eachItem(ctx, 'calls', value.calls, (call) => {
    const callId = requireString(CALLS_FIELD, call, 'id', 'call id');
    const event = requireString(CALLS_FIELD, call, 'event', 'call event');
    const type = CALL_EVENT_TYPES[event];
    if (!type) throw new UnreadableChangeError(CALLS_FIELD, `unknown call event "${event}"`);
    const session = asRecord(call.session);
    const user = callUser(call, contacts, meta.displayPhoneNumber);
    return [
      {
        type,
        key: `${callId}:${event}`,
        occurredAt: occurredAt(ctx, call.timestamp),
        phoneNumberId: meta.phoneNumberId,
        displayPhoneNumber: meta.displayPhoneNumber,
        data: compact({
          call_id: callId,
          event,
          direction: str(call.direction),
          from: str(call.from),
          from_user_id: str(call.from_user_id),
          from_parent_user_id: str(call.from_parent_user_id),
          to: str(call.to),
          to_user_id: str(call.to_user_id),
          to_parent_user_id: str(call.to_parent_user_id),
          user,
          contact_name: user?.name,
          timestamp: unixToIso(call.timestamp),
          display_phone_number: meta.displayPhoneNumber,
          session: session ? compact({ sdp_type: str(session.sdp_type), sdp: str(session.sdp) }) : undefined,
          status: str(call.status),
          start_time: unixToIso(call.start_time),
          end_time: unixToIso(call.end_time),
          duration: num(call.duration),
          errors: readErrors(call.errors),
          biz_opaque_callback_data: str(call.biz_opaque_callback_data),
        }),
      },
    ];
  });
  const statuses = eachItem(ctx, 'statuses', value.statuses, (status) => {
    const callId = requireString(CALLS_FIELD, status, 'id', 'call status id');
    const state = requireString(CALLS_FIELD, status, 'status', 'call status value');
    return [
      {
        type: 'call.status_updated',
        key: `${callId}:${state}`,
        occurredAt: occurredAt(ctx, status.timestamp),
        phoneNumberId: meta.phoneNumberId,
        displayPhoneNumber: meta.displayPhoneNumber,
        data: compact({
          call_id: callId,
          status: state,
          recipient_id: str(status.recipient_id),
          recipient_user_id: str(status.recipient_user_id),
          recipient_parent_user_id: str(status.recipient_parent_user_id),
          user: whatsAppUser({ waId: status.recipient_id, userId: status.recipient_user_id, parentUserId: status.recipient_parent_user_id }, contacts),
          timestamp: unixToIso(status.timestamp),
          display_phone_number: meta.displayPhoneNumber,
          errors: readErrors(status.errors),
          biz_opaque_callback_data: str(status.biz_opaque_callback_data),
        }),
      },
    ];
  });
  return [...calls, ...statuses];
};

export const CALLS_TRANSLATOR: TranslatorRegistration = {
  field: CALLS_FIELD,
  produces: ['call.connecting', 'call.terminated', 'call.status_updated'],
  translate: translateCalls,
};
