import { createHash } from 'node:crypto';
import { EventTypeName } from './catalog/event-type-name';
import { MetaChange } from './meta/meta-webhook.types';
import { TranslatedEvent } from './translators/translator.types';

/** The JSON body delivered to customers (snake_case, stable). */
export interface EventEnvelope {
  id: string;
  type: EventTypeName;
  /** Seconds precision; kept beside `timestamp` for consumers written before it. */
  created_at: string;
  /**
   * The event time, ISO 8601 with milliseconds: the Standard Webhooks payload field generic consumers
   * read. Optional only because envelopes stored before it existed are resent as they were.
   */
  timestamp?: string;
  workspace_id: string;
  waba_id: string | null;
  phone_number_id: string | null;
  data: Record<string, unknown>;
  raw: { field: string; value: unknown } | null;
  /** Present and true only on events sent by the "send test event" action. */
  test?: boolean;
}

/**
 * Deterministic event id: the same thing in the same workspace always gets the same id,
 * so Meta resending a POST cannot create a second event.
 */
export function eventIdFor(workspaceId: string, type: EventTypeName, key: string): string {
  const digest = createHash('sha256').update(`${workspaceId}\n${type}\n${key}`).digest('base64url');
  return `evt_${digest.slice(0, 27)}`;
}

/** Seconds precision ISO-8601, as in the spec's example ("2026-05-12T16:10:17Z"). */
export function isoSeconds(date: Date): string {
  const iso = date.toISOString();
  // "….000Z" → "…Z" by slicing, not a regex replace: it runs for every time of every event.
  return iso.charCodeAt(iso.length - 5) === 46 ? `${iso.slice(0, -5)}Z` : iso;
}

/**
 * Id of an event translated from a Meta change: a function of where it came from (entry id, field, the
 * business number), what it is (type and the item's own key, which for hashed changes covers the full
 * canonical value) and whose it is. A byte-identical resend gets the same id; the same value under
 * another WABA, number or field gets another.
 */
export function metaEventIdFor(workspaceId: string, entryId: string, field: string, event: TranslatedEvent): string {
  const route = event.route ? ('wabaId' in event.route ? `waba:${event.route.wabaId}` : `business:${event.route.businessId}`) : '';
  return eventIdFor(workspaceId, event.type, `${entryId}\n${route}\n${field}\n${event.phoneNumberId ?? ''}\n${event.key}`);
}

/**
 * The envelope of a translated event. `entryId` is Meta's entry.id; `wabaId` the WABA the event was
 * routed by (entry.id, or the route's WABA), null for events about a business portfolio only.
 */
export function buildEnvelope(workspaceId: string, entryId: string, wabaId: string | null, change: MetaChange, event: TranslatedEvent): EventEnvelope {
  return {
    id: metaEventIdFor(workspaceId, entryId, change.field, event),
    type: event.type,
    created_at: isoSeconds(event.occurredAt),
    timestamp: event.occurredAt.toISOString(),
    workspace_id: workspaceId,
    waba_id: wabaId,
    phone_number_id: event.phoneNumberId,
    data: event.data,
    raw: { field: change.field, value: change.value },
  };
}
