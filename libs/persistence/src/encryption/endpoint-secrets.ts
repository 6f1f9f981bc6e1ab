import type { WebhookEndpointEntity } from '../entities';
import { SecretCipher } from './secret-cipher';

/** The stored (encrypted) fields of an endpoint. */
export type SealedEndpointFields = Pick<WebhookEndpointEntity, 'secret' | 'previousSecret' | 'headers'> & Partial<Pick<WebhookEndpointEntity, 'redactionKey'>>;

/** What signing and sending need, in plaintext: lives in memory only, never written back. */
export interface OpenedEndpoint {
  url: string;
  headers: Record<string, string>;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  /** Key of the redaction hashes, decoded; null when the endpoint has none. */
  redactionKey: Buffer | null;
}

/** Plaintext written by a release before encryption is read as is, until the migration or re-encryption seals it. */
function open(cipher: SecretCipher, value: string): string {
  return SecretCipher.isEncrypted(value) ? cipher.decrypt(value) : value;
}

export function sealHeaders(cipher: SecretCipher, headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, cipher.encrypt(value)]));
}

export function openHeaders(cipher: SecretCipher, headers: Record<string, string> | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name, open(cipher, value)]));
}

export function openSecret(cipher: SecretCipher, value: string): string {
  return open(cipher, value);
}

/** Decrypts the signing secrets and custom header values of an endpoint (throws SecretDecryptionError). */
export function openEndpoint(cipher: SecretCipher, e: WebhookEndpointEntity): OpenedEndpoint {
  return {
    url: e.url,
    headers: openHeaders(cipher, e.headers),
    secret: open(cipher, e.secret),
    previousSecret: e.previousSecret === null ? null : open(cipher, e.previousSecret),
    previousSecretExpiresAt: e.previousSecretExpiresAt,
    redactionKey: e.redactionKey ? Buffer.from(open(cipher, e.redactionKey), 'base64') : null,
  };
}

/** True when any stored secret of the row is plaintext or under a key other than the active one. */
export function needsReencryption(cipher: SecretCipher, e: SealedEndpointFields): boolean {
  return (
    cipher.needsReencryption(e.secret) ||
    (e.previousSecret !== null && cipher.needsReencryption(e.previousSecret)) ||
    (!!e.redactionKey && cipher.needsReencryption(e.redactionKey)) ||
    Object.values(e.headers ?? {}).some((v) => cipher.needsReencryption(v))
  );
}

/** The same fields, every one under the active key (values already under it are kept as they are). */
export function reencryptEndpoint(cipher: SecretCipher, e: SealedEndpointFields): SealedEndpointFields {
  return {
    secret: cipher.reencrypt(e.secret),
    previousSecret: e.previousSecret === null ? null : cipher.reencrypt(e.previousSecret),
    headers: Object.fromEntries(Object.entries(e.headers ?? {}).map(([name, value]) => [name, cipher.reencrypt(value)])),
    ...(e.redactionKey === undefined ? {} : { redactionKey: e.redactionKey === null ? null : cipher.reencrypt(e.redactionKey) }),
  };
}
