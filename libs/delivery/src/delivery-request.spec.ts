import { Webhook } from 'standardwebhooks';
import { buildDeliveryRequest } from './delivery-request';
import { generateWebhookSecret } from './webhook-signer';

describe('buildDeliveryRequest', () => {
  const body = Buffer.from(JSON.stringify({ id: 'evt_1', type: 'account.updated', data: {} }));
  const now = new Date('2026-05-12T16:10:17Z');

  it('keeps custom headers but never lets them replace ours', () => {
    const secret = generateWebhookSecret();
    const req = buildDeliveryRequest(
      {
        url: 'https://x.example/h',
        headers: { 'X-Tenant': 'acme', 'Content-Type': 'text/plain', 'Webhook-Signature': 'v1,forged' },
        secret,
        previousSecret: null,
        previousSecretExpiresAt: null,
      },
      'evt_1',
      body,
      now,
    );
    expect(req.headers['X-Tenant']).toBe('acme');
    expect(req.headers['Content-Type']).toBeUndefined();
    expect(req.headers['Webhook-Signature']).toBeUndefined();
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers['webhook-id']).toBe('evt_1');
    expect(req.headers['webhook-timestamp']).toBe(String(Math.floor(now.getTime() / 1000)));
    expect(req.headers['user-agent']).toMatch(/^wa-webhooks\//);
  });

  it('signs with the previous secret only while its grace period lasts', () => {
    const current = generateWebhookSecret();
    const previous = generateWebhookSecret();
    const during = buildDeliveryRequest(
      { url: 'https://x.example/h', headers: {}, secret: current, previousSecret: previous, previousSecretExpiresAt: new Date(now.getTime() + 1000) },
      'evt_1',
      body,
      now,
    );
    expect(during.headers['webhook-signature'].split(' ')).toHaveLength(2);
    const after = buildDeliveryRequest(
      { url: 'https://x.example/h', headers: {}, secret: current, previousSecret: previous, previousSecretExpiresAt: new Date(now.getTime() - 1000) },
      'evt_1',
      body,
      now,
    );
    expect(after.headers['webhook-signature'].split(' ')).toHaveLength(1);
    const headers = {
      'webhook-id': 'evt_1',
      'webhook-timestamp': during.headers['webhook-timestamp'],
      'webhook-signature': during.headers['webhook-signature'],
    };
    // standardwebhooks checks the timestamp against the clock; verify at the signing time.
    jest.useFakeTimers({ now });
    try {
      expect(() => new Webhook(previous).verify(body.toString(), headers)).not.toThrow();
      expect(() => new Webhook(current).verify(body.toString(), headers)).not.toThrow();
    } finally {
      jest.useRealTimers();
    }
  });
});
