import {
  asRecord,
  compact,
  num,
  occurredAt,
  readErrors,
  readMetadata,
  recordsOf,
  requireRecord,
  requireString,
  str,
  unixToIso,
} from './translator-helpers';
import { MetaFieldTranslator, TranslatedEvent, TranslatorRegistration, UnreadableChangeError } from './translator.types';

export const CALLS_FIELD = 'calls';

const CALL_EVENT_TYPES: Record<string, string> = {
  connect: 'call.connecting',
  terminate: 'call.terminated',
};

/**
 * calls (WhatsApp Business Calling API) → call.connecting (connect webhook with the SDP offer or
 * answer), call.terminated (the call ended, with duration) and call.status_updated (RINGING,
 * ACCEPTED, REJECTED statuses of business-initiated calls).
 */
export const translateCalls: MetaFieldTranslator = (raw, ctx) => {
  const value = requireRecord(CALLS_FIELD, raw);
  if (!Array.isArray(value.calls) && !Array.isArray(value.statuses)) {
    throw new UnreadableChangeError(CALLS_FIELD, 'value has no calls or statuses');
  }
  const meta = readMetadata(value);
  const names = new Map<string, string>();
  for (const contact of recordsOf(value.contacts)) {
    const waId = str(contact.wa_id);
    const name = str(asRecord(contact.profile)?.name);
    if (waId && name) names.set(waId, name);
  }
  const events: TranslatedEvent[] = [];
  for (const call of recordsOf(value.calls)) {
    const callId = requireString(CALLS_FIELD, call, 'id', 'call id');
    const event = requireString(CALLS_FIELD, call, 'event', 'call event');
    const type = CALL_EVENT_TYPES[event];
    if (!type) throw new UnreadableChangeError(CALLS_FIELD, `unknown call event "${event}"`);
    const session = asRecord(call.session);
    const from = str(call.from);
    const to = str(call.to);
    events.push({
      type,
      key: `${callId}:${event}`,
      occurredAt: occurredAt(ctx, call.timestamp),
      phoneNumberId: meta.phoneNumberId,
      data: compact({
        call_id: callId,
        event,
        direction: str(call.direction),
        from,
        to,
        contact_name: (from && names.get(from)) ?? (to && names.get(to)) ?? undefined,
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
    });
  }
  for (const status of recordsOf(value.statuses)) {
    const callId = requireString(CALLS_FIELD, status, 'id', 'call status id');
    const state = requireString(CALLS_FIELD, status, 'status', 'call status value');
    events.push({
      type: 'call.status_updated',
      key: `${callId}:${state}`,
      occurredAt: occurredAt(ctx, status.timestamp),
      phoneNumberId: meta.phoneNumberId,
      data: compact({
        call_id: callId,
        status: state,
        recipient_id: str(status.recipient_id),
        timestamp: unixToIso(status.timestamp),
        display_phone_number: meta.displayPhoneNumber,
        errors: readErrors(status.errors),
        biz_opaque_callback_data: str(status.biz_opaque_callback_data),
      }),
    });
  }
  return events;
};

export const CALLS_TRANSLATOR: TranslatorRegistration = {
  field: CALLS_FIELD,
  produces: ['call.connecting', 'call.terminated', 'call.status_updated'],
  translate: translateCalls,
};
