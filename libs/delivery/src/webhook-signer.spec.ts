import { Webhook } from 'standardwebhooks';
import { verifyStandardWebhook } from './testing/standard-webhooks-verify';
import {
  generateSigningKey,
  generateSigningSecret,
  generateWebhookSecret,
  isWebhookSecret,
  publicKeyOf,
  signatureAlgorithmOf,
  signPayload,
  verificationKeyOf,
  webhookHeaders,
} from './webhook-signer';

describe('webhook signer', () => {
  const body = JSON.stringify({ id: 'evt_1', type: 'message.received', data: { text: { body: 'hé' } } });

  it('generates whsec_ secrets with at least 24 random bytes', () => {
    const a = generateWebhookSecret();
    const b = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(a.slice(6), 'base64').length).toBe(32);
    expect(isWebhookSecret(a)).toBe(true);
    expect(isWebhookSecret('whsec_c2hvcnQ=')).toBe(false);
    expect(a).not.toBe(b);
  });

  it('produces headers the public standardwebhooks package verifies', () => {
    const secret = generateWebhookSecret();
    const headers = webhookHeaders([secret], 'evt_1', body);
    const verified = new Webhook(secret).verify(body, headers);
    expect(verified).toEqual(JSON.parse(body));
  });

  it('signs with both secrets during rotation and each verifies alone', () => {
    const oldSecret = generateWebhookSecret();
    const newSecret = generateWebhookSecret();
    const headers = webhookHeaders([newSecret, oldSecret], 'evt_2', body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(oldSecret).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newSecret).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('matches a known vector', () => {
    // The published test vector of the Standard Webhooks reference libraries.
    const sig = signPayload('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
    expect(sig).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });
});

describe('webhook signer: Ed25519 (v1a)', () => {
  const body = JSON.stringify({ id: 'evt_3', type: 'message.received', data: { text: { body: 'olá' } } });

  it('keeps the private key as whsk_ and hands out the whpk_ public key', () => {
    const key = generateSigningKey();
    expect(key).toMatch(/^whsk_[A-Za-z0-9+/]{43}=$/);
    expect(signatureAlgorithmOf(key)).toBe('ed25519');
    expect(signatureAlgorithmOf(generateWebhookSecret())).toBe('hmac-sha256');
    expect(publicKeyOf(key)).toMatch(/^whpk_[A-Za-z0-9+/]{43}=$/);
    expect(verificationKeyOf(key)).toBe(publicKeyOf(key));
    expect(generateSigningSecret('ed25519')).toMatch(/^whsk_/);
    expect(generateSigningSecret('hmac-sha256')).toMatch(/^whsec_/);
  });

  it('signs "v1a,<base64 of 64 bytes>" that verifies with the public key and with no other', () => {
    const key = generateSigningKey();
    const headers = webhookHeaders([key], 'evt_3', body);
    expect(headers['webhook-signature']).toMatch(/^v1a,[A-Za-z0-9+/]{86}==$/);
    expect(verifyStandardWebhook(publicKeyOf(key), body, headers)).toEqual(JSON.parse(body));
    expect(() => verifyStandardWebhook(publicKeyOf(generateSigningKey()), body, headers)).toThrow('No matching signature');
    expect(() => verifyStandardWebhook(publicKeyOf(key), body + ' ', headers)).toThrow('No matching signature');
  });

  it('derives the public key of RFC 8032 test vector 1 from its seed', () => {
    const seed = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
    const pk = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');
    expect(publicKeyOf('whsk_' + seed.toString('base64'))).toBe('whpk_' + pk.toString('base64'));
  });

  it('signs with both keys during a rotation across algorithms; the HMAC one still verifies with standardwebhooks', () => {
    const oldSecret = generateWebhookSecret();
    const newKey = generateSigningKey();
    const headers = webhookHeaders([newKey, oldSecret], 'evt_4', body);
    expect(headers['webhook-signature']).toMatch(/^v1a,\S+ v1,\S+$/);
    expect(() => new Webhook(oldSecret).verify(body, headers)).not.toThrow();
    expect(() => verifyStandardWebhook(publicKeyOf(newKey), body, headers)).not.toThrow();
  });
});
