import { findEventType } from './catalog/event-catalog';
import { EventEnvelope, eventIdFor, isoSeconds } from './envelope';

/**
 * The envelope of an event this service emits about a workspace's webhooks. `key` names the occurrence
 * (an endpoint and its failing period, an event and an endpoint, …): the same occurrence always gets the
 * same id, so replicas racing to emit it store it once.
 */
export function operationalEnvelope(workspaceId: string, type: string, key: string, at: Date, data: Record<string, unknown>): EventEnvelope {
  return {
    id: eventIdFor(workspaceId, type, key),
    type,
    created_at: isoSeconds(at),
    timestamp: at.toISOString(),
    workspace_id: workspaceId,
    waba_id: null,
    phone_number_id: null,
    data,
    raw: null,
  };
}

/** The endpoint an operational event is about (its `data.endpoint_id`), or null for any other event. */
export function operationalSubjectOf(envelope: { type: string; data?: unknown }): string | null {
  if (findEventType(envelope.type)?.category !== 'operational') return null;
  const data = envelope.data;
  const id = data !== null && typeof data === 'object' ? (data as { endpoint_id?: unknown }).endpoint_id : undefined;
  return typeof id === 'string' ? id : null;
}

/**
 * True when an endpoint must not receive this event: an operational event about itself while it is
 * failing (it would most likely fail too, and keep its own failure going); the workspace's other
 * endpoints receive it.
 */
export function isOwnOperationalEventWhileFailing(endpoint: { id: string; failingSince: Date | null }, envelope: { type: string; data?: unknown }): boolean {
  return endpoint.failingSince !== null && operationalSubjectOf(envelope) === endpoint.id;
}
