import { createHmac, createPrivateKey, createPublicKey, KeyObject, randomBytes, sign } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';
/** Standard Webhooks serialisation of an Ed25519 key pair: whsk_ (the private key, never returned) and whpk_. */
const SIGNING_KEY_PREFIX = 'whsk_';
const PUBLIC_KEY_PREFIX = 'whpk_';
/** DER prefix of a PKCS#8 Ed25519 private key (RFC 8410): the 32-byte seed follows. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export const SIGNATURE_ALGORITHMS = ['hmac-sha256', 'ed25519'] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

/** A new endpoint secret: "whsec_" + base64 of 32 random bytes (Standard Webhooks format). */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** A new Ed25519 signing key: "whsk_" + base64 of the 32-byte seed. */
export function generateSigningKey(): string {
  return SIGNING_KEY_PREFIX + randomBytes(32).toString('base64');
}

/** A new signing secret for the algorithm: the algorithm of a stored secret is read from its prefix. */
export function generateSigningSecret(algorithm: SignatureAlgorithm): string {
  return algorithm === 'ed25519' ? generateSigningKey() : generateWebhookSecret();
}

export function signatureAlgorithmOf(secret: string): SignatureAlgorithm {
  return secret.startsWith(SIGNING_KEY_PREFIX) ? 'ed25519' : 'hmac-sha256';
}

export function isWebhookSecret(value: string): boolean {
  return value.startsWith(SECRET_PREFIX) && Buffer.from(value.slice(SECRET_PREFIX.length), 'base64').length >= 24;
}

function ed25519PrivateKey(signingKey: string): KeyObject {
  const seed = Buffer.from(signingKey.slice(SIGNING_KEY_PREFIX.length), 'base64');
  if (seed.length !== 32) throw new Error('an Ed25519 signing key is 32 bytes');
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** "whpk_" + base64 of the raw 32-byte Ed25519 public key of a "whsk_" signing key. */
export function publicKeyOf(signingKey: string): string {
  const spki = createPublicKey(ed25519PrivateKey(signingKey)).export({ format: 'der', type: 'spki' });
  return PUBLIC_KEY_PREFIX + spki.subarray(spki.length - 32).toString('base64');
}

/**
 * What a customer holds to verify: the secret itself for HMAC, the public key for Ed25519 (the
 * private key never leaves the service).
 */
export function verificationKeyOf(secret: string): string {
  return signatureAlgorithmOf(secret) === 'ed25519' ? publicKeyOf(secret) : secret;
}

/**
 * One signature over "{id}.{timestamp}.{body}": "v1,<base64>" (HMAC-SHA256 with the decoded secret)
 * for a whsec_ secret, "v1a,<base64>" (Ed25519) for a whsk_ signing key.
 */
export function signPayload(secret: string, id: string, timestampSeconds: number, body: string | Buffer): string {
  const prefix = `${id}.${timestampSeconds}.`;
  if (secret.startsWith(SIGNING_KEY_PREFIX)) {
    const content = Buffer.concat([Buffer.from(prefix), typeof body === 'string' ? Buffer.from(body) : body]);
    return `v1a,${sign(null, content, ed25519PrivateKey(secret)).toString('base64')}`;
  }
  // Fed in two parts: the body is hashed where it lies, not copied behind the prefix.
  return `v1,${createHmac('sha256', hmacKey(secret)).update(prefix).update(body).digest('base64')}`;
}

/** Decoded HMAC keys of the secrets signing lately (one per endpoint, two during a rotation), bounded. */
const hmacKeys = new Map<string, Buffer>();
const HMAC_KEYS_KEPT = 10_000;

function hmacKey(secret: string): Buffer {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
    if (hmacKeys.size >= HMAC_KEYS_KEPT) hmacKeys.clear();
    hmacKeys.set(secret, key);
  }
  return key;
}

/**
 * The Standard Webhooks headers for one delivery. During a secret rotation both secrets sign,
 * space-separated, so the customer can verify with either (even across a change of algorithm).
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
