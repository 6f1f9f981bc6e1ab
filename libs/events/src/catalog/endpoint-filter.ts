import { findEventType } from './event-catalog';

/** An endpoint's delivery-time filter, as stored in webhook_endpoints.filter. */
export interface EndpointFilterSpec {
  /** Only events concerning one of these business phone numbers. */
  phone_number_ids?: readonly string[];
}

/** The envelope fields a filter looks at. */
export interface FilterableEnvelope {
  type?: string;
  phone_number_id?: string | null;
  /** Test events are sent on purpose to one endpoint and ignore its filter. */
  test?: boolean;
}

/**
 * True when an event routed to an endpoint (by type) should also be delivered to it.
 * With `phone_number_ids` set, only events about one of those numbers pass: events Meta ties to
 * no number (templates, account changes) do not, since they cannot be attributed to the number.
 */
export function matchesEndpointFilter(filter: EndpointFilterSpec | null | undefined, envelope: FilterableEnvelope): boolean {
  // No filter first: the envelope's own fields are then not read at all (the dispatcher parses a body only when they are).
  const ids = filter?.phone_number_ids;
  if (!ids || ids.length === 0) return true;
  if (envelope.test === true) return true;
  // Operational events (an endpoint was disabled, …) concern the workspace, not a number.
  if (envelope.type !== undefined && findEventType(envelope.type)?.category === 'operational') return true;
  return typeof envelope.phone_number_id === 'string' && ids.includes(envelope.phone_number_id);
}
