import { DELIVERY_USER_AGENT, OutboundRequest } from './secure-http-client';
import { webhookHeaders } from './webhook-signer';

/** Headers only this service sets (checked case-insensitively). */
export const RESERVED_HEADERS = new Set([
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
  'content-type',
  'content-length',
  'host',
  'user-agent',
  'transfer-encoding',
  'connection',
]);

/** The parts of an endpoint that shape a delivery request. */
export interface DeliveryTarget {
  url: string;
  headers: Record<string, string>;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
}

/** Secrets that sign now: the current one, plus the previous one during its rotation grace period. */
export function signingSecrets(target: DeliveryTarget, now: Date): string[] {
  const secrets = [target.secret];
  if (target.previousSecret && target.previousSecretExpiresAt && target.previousSecretExpiresAt > now) secrets.push(target.previousSecret);
  return secrets;
}

/**
 * The request every delivery (and every test event) sends: the endpoint's custom headers first,
 * then ours, so a custom header can never replace content-type, user-agent or the signature.
 */
export function buildDeliveryRequest(target: DeliveryTarget, eventId: string, body: Buffer, now = new Date()): OutboundRequest {
  const custom = Object.fromEntries(Object.entries(target.headers ?? {}).filter(([name]) => !RESERVED_HEADERS.has(name.toLowerCase())));
  return {
    url: target.url,
    body,
    headers: {
      ...custom,
      'content-type': 'application/json',
      'user-agent': DELIVERY_USER_AGENT,
      ...webhookHeaders(signingSecrets(target, now), eventId, body, now),
    },
  };
}
