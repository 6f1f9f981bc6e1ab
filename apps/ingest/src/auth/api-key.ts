import { createHash, randomBytes } from 'node:crypto';

const KEY_PREFIX = 'wk_';

export interface IssuedApiKey {
  /** Shown once to the caller, never stored. */
  key: string;
  /** Stored: identifies the key in lists without revealing it. */
  prefix: string;
  /** Stored: SHA-256 of the key. */
  hash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function issueApiKey(): IssuedApiKey {
  const key = KEY_PREFIX + randomBytes(24).toString('base64url');
  return { key, prefix: key.slice(0, KEY_PREFIX.length + 6), hash: hashApiKey(key) };
}
