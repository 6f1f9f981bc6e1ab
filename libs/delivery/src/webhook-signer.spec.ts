import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, isWebhookSecret, signPayload, webhookHeaders } from './webhook-signer';

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
