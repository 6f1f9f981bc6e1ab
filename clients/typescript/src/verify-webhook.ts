import { Webhook } from 'standardwebhooks';
import type { components } from './schema';

/** Any event delivered to a webhook endpoint: a union discriminated by `type`. */
export type WebhookEvent = components['schemas']['WebhookEvent'];
/** The event of one type, e.g. `WebhookEventOf<'template.status_updated'>`. */
export type WebhookEventOf<T extends WebhookEvent['type']> = Extract<WebhookEvent, { type: T }>;

export type DeliveryHeaders = Headers | Record<string, string | string[] | undefined>;

/**
 * Verifies a delivery as Standard Webhooks specifies (HMAC of "{webhook-id}.{webhook-timestamp}.{body}",
 * any of the signatures during a secret rotation, a timestamp within 5 minutes) and returns the event.
 * `payload` must be the raw body as received. Throws (standardwebhooks' WebhookVerificationError) if the
 * delivery is forged, altered or stale.
 */
export function verifyWebhook(payload: string | Buffer, headers: DeliveryHeaders, secret: string): WebhookEvent {
  const wanted = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;
  const read = (name: string): string => {
    if (headers instanceof Headers) return headers.get(name) ?? '';
    // Header names are case-insensitive; a repeated header arrives as an array.
    const value = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
    return Array.isArray(value) ? value.join(' ') : (value ?? '');
  };
  const picked = Object.fromEntries(wanted.map((name) => [name, read(name)])) as Record<(typeof wanted)[number], string>;
  const event = new Webhook(secret).verify(typeof payload === 'string' ? payload : payload.toString('utf8'), picked) as WebhookEvent;
  if (typeof event !== 'object' || event === null || typeof event.type !== 'string') throw new Error('the delivery is not an event envelope');
  return event;
}
