import { createHmac, randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';

/** A new endpoint secret: "whsec_" + base64 of 32 random bytes (Standard Webhooks format). */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

export function isWebhookSecret(value: string): boolean {
  return value.startsWith(SECRET_PREFIX) && Buffer.from(value.slice(SECRET_PREFIX.length), 'base64').length >= 24;
}

/** One "v1,<base64>" signature over "{id}.{timestamp}.{body}" with the decoded secret as HMAC-SHA256 key. */
export function signPayload(secret: string, id: string, timestampSeconds: number, body: string | Buffer): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  const mac = createHmac('sha256', key);
  mac.update(`${id}.${timestampSeconds}.`);
  mac.update(body);
  return `v1,${mac.digest('base64')}`;
}

/**
 * The Standard Webhooks headers for one delivery. During a secret rotation both secrets sign,
 * space-separated, so the customer can verify with either.
 */
export function webhookHeaders(
  secrets: string[],
  id: string,
  body: string | Buffer,
  now: Date = new Date(),
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  const ts = Math.floor(now.getTime() / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(ts),
    'webhook-signature': secrets.map((s) => signPayload(s, id, ts, body)).join(' '),
  };
}
