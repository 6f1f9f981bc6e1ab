import { createHash } from 'node:crypto';

/** One delivery per (event, endpoint); derived so every writer agrees on it without a lookup. */
export function deliveryIdFor(eventId: string, endpointId: string): string {
  return 'dlv_' + createHash('sha256').update(`${eventId}\n${endpointId}`).digest('base64url').slice(0, 27);
}
