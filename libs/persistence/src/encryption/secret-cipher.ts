import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EncryptionKey } from '@app/config';

const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretDecryptionError extends Error {}

/**
 * AES-256-GCM for secrets at rest. A ciphertext reads `enc:v1:<key id>:<iv>:<ciphertext+tag>`
 * (base64url), so any configured key can read it and keys can rotate: the first key of the ring
 * encrypts, every key decrypts. The header is authenticated (AAD), so changing the key id or any
 * byte is detected. Messages never contain plaintext or key material.
 */
export class SecretCipher {
  private readonly keys: Map<string, Buffer>;
  readonly activeKeyId: string;

  constructor(ring: readonly EncryptionKey[]) {
    if (ring.length === 0) throw new Error('SecretCipher needs at least one key');
    for (const k of ring) if (k.key.length !== 32) throw new Error(`key "${k.id}" is not 32 bytes`);
    this.keys = new Map(ring.map((k) => [k.id, k.key]));
    this.activeKeyId = ring[0].id;
  }

  static isEncrypted(value: string): boolean {
    return value.startsWith(PREFIX);
  }

  /** The key id a ciphertext was made with; null for anything that is not one. */
  static keyIdOf(value: string): string | null {
    if (!SecretCipher.isEncrypted(value)) return null;
    const end = value.indexOf(':', PREFIX.length);
    return end > PREFIX.length ? value.slice(PREFIX.length, end) : null;
  }

  /** The start every ciphertext made with the active key has (for finding rows still under an older key). */
  get activePrefix(): string {
    return `${PREFIX}${this.activeKeyId}:`;
  }

  encrypt(plaintext: string): string {
    const header = this.activePrefix;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, iv);
    cipher.setAAD(Buffer.from(header));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${header}${iv.toString('base64url')}:${body.toString('base64url')}`;
  }

  decrypt(stored: string): string {
    const parts = stored.split(':');
    if (parts.length !== 5 || `${parts[0]}:${parts[1]}:` !== PREFIX) throw new SecretDecryptionError('not an enc:v1 ciphertext');
    const [, , keyId, ivText, bodyText] = parts;
    const key = this.keys.get(keyId);
    if (!key) throw new SecretDecryptionError(`encryption key "${keyId}" is not configured (ENCRYPTION_KEYS)`);
    const iv = Buffer.from(ivText, 'base64url');
    const body = Buffer.from(bodyText, 'base64url');
    if (iv.length !== IV_BYTES || body.length < TAG_BYTES) throw new SecretDecryptionError('malformed ciphertext');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(`${PREFIX}${keyId}:`));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretDecryptionError(`ciphertext under key "${keyId}" failed authentication (tampered, or a different key with that id)`);
    }
  }

  /** True when the value is not encrypted with the active key (plaintext, or an older key). */
  needsReencryption(value: string): boolean {
    return !value.startsWith(this.activePrefix);
  }

  /** Under the active key: plaintext is encrypted, an older key's ciphertext is decrypted and encrypted again. */
  reencrypt(value: string): string {
    if (!this.needsReencryption(value)) return value;
    return this.encrypt(SecretCipher.isEncrypted(value) ? this.decrypt(value) : value);
  }
}
