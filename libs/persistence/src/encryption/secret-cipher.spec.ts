import { randomBytes } from 'node:crypto';
import { SecretCipher, SecretDecryptionError } from './secret-cipher';
import { needsReencryption, openEndpoint, reencryptEndpoint, sealHeaders } from './endpoint-secrets';
import { WebhookEndpointEntity } from '../entities';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwq1n8sQ3hT0y9';

describe('SecretCipher', () => {
  it('round-trips and writes the key id into each ciphertext, never the plaintext', () => {
    const cipher = new SecretCipher([k1]);
    const sealed = cipher.encrypt(SECRET);
    expect(sealed).toMatch(/^enc:v1:k1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('whsec_');
    expect(SecretCipher.keyIdOf(sealed)).toBe('k1');
    expect(cipher.decrypt(sealed)).toBe(SECRET);
    expect(cipher.decrypt(cipher.encrypt(''))).toBe('');
    expect(cipher.decrypt(cipher.encrypt('Bearer é ✓'))).toBe('Bearer é ✓');
  });

  it('uses a fresh IV each time', () => {
    const cipher = new SecretCipher([k1]);
    expect(cipher.encrypt(SECRET)).not.toBe(cipher.encrypt(SECRET));
  });

  it('refuses a ciphertext under a key id it does not have, naming the id', () => {
    const sealed = new SecretCipher([k2]).encrypt(SECRET);
    expect(() => new SecretCipher([k1]).decrypt(sealed)).toThrow(SecretDecryptionError);
    expect(() => new SecretCipher([k1]).decrypt(sealed)).toThrow('encryption key "k2" is not configured');
  });

  it('detects tampering with the ciphertext, the IV, the key id or a different key under the same id', () => {
    const cipher = new SecretCipher([k1, k2]);
    const sealed = cipher.encrypt(SECRET);
    const [p, v, kid, iv, body] = sealed.split(':');
    const bytes = Buffer.from(body, 'base64url');
    bytes[0] ^= 1;
    expect(() => cipher.decrypt([p, v, kid, iv, bytes.toString('base64url')].join(':'))).toThrow('failed authentication');
    const ivBytes = Buffer.from(iv, 'base64url');
    ivBytes[3] ^= 0x80;
    expect(() => cipher.decrypt([p, v, kid, ivBytes.toString('base64url'), body].join(':'))).toThrow('failed authentication');
    expect(() => cipher.decrypt([p, v, 'k2', iv, body].join(':'))).toThrow('failed authentication');
    expect(() => new SecretCipher([{ id: 'k1', key: randomBytes(32) }]).decrypt(sealed)).toThrow('failed authentication');
    expect(() => cipher.decrypt(sealed.slice(0, -4))).toThrow(SecretDecryptionError);
    expect(() => cipher.decrypt('whsec_abc')).toThrow('not an enc:v1 ciphertext');
  });

  it('rotates: the first key encrypts, every key decrypts, reencrypt moves values under the active key', () => {
    const old = new SecretCipher([k1]);
    const rotated = new SecretCipher([k2, k1]);
    const underOld = old.encrypt(SECRET);
    expect(rotated.decrypt(underOld)).toBe(SECRET);
    expect(rotated.needsReencryption(underOld)).toBe(true);
    const moved = rotated.reencrypt(underOld);
    expect(SecretCipher.keyIdOf(moved)).toBe('k2');
    expect(rotated.needsReencryption(moved)).toBe(false);
    expect(rotated.reencrypt(moved)).toBe(moved);
    expect(new SecretCipher([k2]).decrypt(moved)).toBe(SECRET);
    // Plaintext from before encryption is sealed too.
    expect(rotated.decrypt(rotated.reencrypt(SECRET))).toBe(SECRET);
  });

  it('refuses an empty ring and keys that are not 32 bytes', () => {
    expect(() => new SecretCipher([])).toThrow();
    expect(() => new SecretCipher([{ id: 'short', key: randomBytes(16) }])).toThrow('not 32 bytes');
  });
});

describe('endpoint secrets', () => {
  const REDACTION_KEY = randomBytes(32);
  const endpoint = (cipher: SecretCipher): WebhookEndpointEntity =>
    Object.assign(new WebhookEndpointEntity(), {
      url: 'https://crm.example.com/hooks',
      secret: cipher.encrypt(SECRET),
      previousSecret: cipher.encrypt('whsec_previous'),
      previousSecretExpiresAt: new Date('2030-01-01T00:00:00Z'),
      headers: sealHeaders(cipher, { Authorization: 'Bearer t0k3n', 'X-Team': 'crm' }),
      sensitiveHeaders: ['Authorization'],
      redactionKey: cipher.encrypt(REDACTION_KEY.toString('base64')),
    });

  it('opens every secret and header value for delivery', () => {
    const cipher = new SecretCipher([k1]);
    expect(openEndpoint(cipher, endpoint(cipher))).toEqual({
      url: 'https://crm.example.com/hooks',
      secret: SECRET,
      previousSecret: 'whsec_previous',
      previousSecretExpiresAt: new Date('2030-01-01T00:00:00Z'),
      headers: { Authorization: 'Bearer t0k3n', 'X-Team': 'crm' },
      redactionKey: REDACTION_KEY,
    });
  });

  it('re-encrypts every field of a row under the new active key', () => {
    const e = endpoint(new SecretCipher([k1]));
    const rotated = new SecretCipher([k2, k1]);
    expect(needsReencryption(rotated, e)).toBe(true);
    const moved = reencryptEndpoint(rotated, e);
    expect(needsReencryption(rotated, moved)).toBe(false);
    expect([moved.secret, moved.previousSecret, moved.redactionKey, ...Object.values(moved.headers)].map((v) => SecretCipher.keyIdOf(v!))).toEqual([
      'k2',
      'k2',
      'k2',
      'k2',
      'k2',
    ]);
    expect(needsReencryption(rotated, { ...moved, redactionKey: e.redactionKey })).toBe(true);
    const onlyNew = new SecretCipher([k2]);
    expect(openEndpoint(onlyNew, Object.assign(new WebhookEndpointEntity(), e, moved)).headers).toEqual({ Authorization: 'Bearer t0k3n', 'X-Team': 'crm' });
    expect(openEndpoint(onlyNew, Object.assign(new WebhookEndpointEntity(), e, moved)).redactionKey).toEqual(REDACTION_KEY);
    expect(() => openEndpoint(onlyNew, e)).toThrow('encryption key "k1" is not configured');
  });
});
