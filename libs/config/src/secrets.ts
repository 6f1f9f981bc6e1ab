/**
 * Secrets of the installation: which ones must be set, their development-only fallbacks, and the
 * key ring that encrypts endpoint secrets at rest. Development values are public (they are in this
 * file), so they are used only when NODE_ENV=development is set explicitly.
 */

export const SECRET_MIN_LENGTH = 32;

/** Variables with no working default outside development mode. */
export const REQUIRED_SECRETS = ['META_APP_SECRET', 'META_VERIFY_TOKEN', 'ADMIN_TOKEN', 'ENCRYPTION_KEYS'] as const;
export type RequiredSecret = (typeof REQUIRED_SECRETS)[number];

/** Used for local runs only (`npm start` sets NODE_ENV=development); each is at least 32 characters. */
export const DEVELOPMENT_SECRETS: Record<RequiredSecret, string> = {
  META_APP_SECRET: 'dev-meta-app-secret-not-for-production',
  META_VERIFY_TOKEN: 'dev-verify-token-not-for-production',
  ADMIN_TOKEN: 'dev-admin-token-not-for-production',
  // sha256("wa-webhooks development encryption key"), base64.
  ENCRYPTION_KEYS: 'dev:u/knFqdwT/lXQw9AHGem4aHLXZn8X9CLhdOugQB4lf8=',
};

/** One AES-256 key of the ring and the id written into every ciphertext it makes. */
export interface EncryptionKey {
  id: string;
  key: Buffer;
}

export const ENCRYPTION_KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Parses ENCRYPTION_KEYS: "<id>:<base64 of 32 bytes>" entries separated by commas, the first one
 * active (encrypts), the others kept for reading until `secrets:reencrypt` has moved every row.
 * Throws a message that never contains key material.
 */
export function parseEncryptionKeys(text: string): EncryptionKey[] {
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new Error('ENCRYPTION_KEYS must list at least one "<id>:<base64 key>"');
  const keys: EncryptionKey[] = [];
  for (const [i, entry] of entries.entries()) {
    const sep = entry.indexOf(':');
    const id = sep > 0 ? entry.slice(0, sep) : '';
    const material = sep > 0 ? entry.slice(sep + 1) : '';
    if (!ENCRYPTION_KEY_ID.test(id)) {
      throw new Error(`ENCRYPTION_KEYS entry ${i + 1} must be "<id>:<base64 key>" with an id of letters, digits, - or _ (max 32)`);
    }
    const key = BASE64.test(material) ? Buffer.from(material, material.includes('-') || material.includes('_') ? 'base64url' : 'base64') : Buffer.alloc(0);
    if (key.length !== 32) {
      throw new Error(`ENCRYPTION_KEYS key "${id}" must be 32 random bytes in base64 (e.g. \`openssl rand -base64 32\`)`);
    }
    if (keys.some((k) => k.id === id)) throw new Error(`ENCRYPTION_KEYS lists key id "${id}" twice`);
    keys.push({ id, key });
  }
  return keys;
}
