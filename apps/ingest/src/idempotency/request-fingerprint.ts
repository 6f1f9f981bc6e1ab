import { createHash } from 'node:crypto';
import { stableStringify } from '@app/events';

/** Visible ASCII, 1 to 255 characters (as Stripe and Svix accept). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** SHA-256 (hex) of the canonical JSON of a request body (keys sorted at every level; an absent body as `null`). */
export function bodyHash(body: unknown): string {
  return createHash('sha256').update(stableStringify(body)).digest('hex');
}
