import { Webhook } from 'standardwebhooks';
import { verifyStandardWebhook } from '../libs/delivery/src/testing/standard-webhooks-verify';
import { IngestClient, loadMetaFixture, withWabaId } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { ReceivedRequest, WebhookReceiver } from './support/webhook-receiver';

/** Personal values of the fixtures below: none may reach a redacting endpoint, in any form. */
const PERSONAL = [
  '16505550123', // the user's phone number (from, wa_id, recipient_id)
  'Ana Torres', // profile name
  'Hi! Do you have the blue sneakers', // text body (messages-text.json)
  'This is the damaged box I received', // image caption
  '1152007129257463', // media id
  'lookaside.fbsbx.com', // media url
];

function headersOf(r: ReceivedRequest): Record<string, string> {
  return {
    'webhook-id': String(r.headers['webhook-id']),
    'webhook-timestamp': String(r.headers['webhook-timestamp']),
    'webhook-signature': String(r.headers['webhook-signature']),
  };
}

describe('Ed25519 signatures and payload options per endpoint', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let client: IngestClient;
  let apiKey: string;
  const redacting = new WebhookReceiver();
  const thin = new WebhookReceiver();
  const wabaId = '210000000000014';
  let redactingHook: { id: string; secret: string };
  let thinHook: { id: string; secret: string };

  beforeAll(async () => {
    env = await createTestEnvironment();
    ingest = await AppProcess.start('ingest', env.env);
    dispatcher = await AppProcess.start('dispatcher', env.env);
    client = new IngestClient(ingest.baseUrl);
    await redacting.start();
    await thin.start();
    const workspace = await client.createWorkspace();
    apiKey = workspace.api_key;
    await client.linkWaba(workspace.id, wabaId);
    redactingHook = await client.createWebhook(apiKey, {
      url: redacting.url,
      events: ['message.received', 'message.status_updated'],
      signature_algorithm: 'ed25519',
      redact: ['message_content', 'phone_numbers', 'contact_names'],
    });
    thinHook = await client.createWebhook(apiKey, { url: thin.url, events: ['message.received'], payload: 'thin' });
  });

  afterAll(async () => {
    await dispatcher?.stop();
    await ingest?.stop();
    await redacting.stop();
    await thin.stop();
    await env?.cleanup();
  });

  it('creates an ed25519 endpoint: the API shows the whpk_ public key, the database holds only the encrypted private key', async () => {
    expect(redactingHook.secret).toMatch(/^whpk_[A-Za-z0-9+/]{43}=$/);
    expect(thinHook.secret).toMatch(/^whsec_/);
    const secret = await client.api(apiKey, 'GET', `/v1/webhooks/${redactingHook.id}/secret`);
    expect(secret.body).toEqual({ secret: redactingHook.secret, signature_algorithm: 'ed25519', previous_secret_expires_at: null });
    const got = await client.api(apiKey, 'GET', `/v1/webhooks/${redactingHook.id}`);
    expect(got.body).toMatchObject({ signature_algorithm: 'ed25519', payload: 'full', redact: ['message_content', 'phone_numbers', 'contact_names'] });
    expect((await client.api(apiKey, 'GET', `/v1/webhooks/${thinHook.id}`)).body).toMatchObject({
      signature_algorithm: 'hmac-sha256',
      payload: 'thin',
      redact: [],
    });

    const [row] = await query<{ secret: string; redaction_key: string }>(env.databaseUrl, 'SELECT secret, redaction_key FROM webhook_endpoints WHERE id = $1', [
      redactingHook.id,
    ]);
    expect(row.secret).toMatch(/^enc:/);
    expect(row.redaction_key).toMatch(/^enc:/);
    expect(JSON.stringify(row)).not.toContain(redactingHook.secret.slice(5));
  });

  it('refuses unknown options and a change of algorithm through PATCH (that is a rotation)', async () => {
    const bad = await client.api(apiKey, 'POST', '/v1/webhooks', {
      url: thin.url,
      events: ['*'],
      payload: 'tiny',
      redact: ['emails'],
      signature_algorithm: 'rsa',
    });
    expect(bad.status).toBe(400);
    expect(String(bad.body.message)).toContain('payload must be one of full, without_raw, thin');
    expect(String(bad.body.message)).toContain('signature_algorithm must be one of hmac-sha256, ed25519');
    expect(String(bad.body.message)).toContain('redact entry must be one of message_content, phone_numbers, contact_names');
    const patch = await client.api(apiKey, 'PATCH', `/v1/webhooks/${thinHook.id}`, { signature_algorithm: 'ed25519' });
    expect(patch.status).toBe(400);
  });

  it('delivers redacted bodies signed v1a: no personal field in the received bytes, the same number hashed alike, the stored event whole', async () => {
    for (const fixture of ['messages-text.json', 'messages-image.json', 'statuses-delivered.json']) {
      expect((await client.postMeta(withWabaId(loadMetaFixture(fixture), wabaId))).status).toBe(200);
    }
    await redacting.waitFor(3);
    await thin.waitFor(2);

    for (const delivery of redacting.requests) {
      expect(delivery.headers['webhook-signature']).toMatch(/^v1a,[A-Za-z0-9+/]{86}==$/);
      expect(verifyStandardWebhook(redactingHook.secret, delivery.body, headersOf(delivery))).toEqual(JSON.parse(delivery.body));
      for (const value of PERSONAL) expect(delivery.body).not.toContain(value);
      expect(delivery.json).not.toHaveProperty('raw');
    }
    const [text] = redacting.requests.filter((r) => (r.json.data as Record<string, unknown>).message_type === 'text');
    const [image] = redacting.requests.filter((r) => (r.json.data as Record<string, unknown>).message_type === 'image');
    const [status] = redacting.eventsOfType('message.status_updated');
    const textData = text.json.data as Record<string, unknown>;
    expect(textData.from).toMatch(/^h:[A-Za-z0-9_-]{43}$/);
    expect(textData).not.toHaveProperty('text');
    expect(textData.contact_name).toMatch(/^h:/);
    expect(image.json.data).not.toHaveProperty('image');
    expect((image.json.data as Record<string, unknown>).from).toBe(textData.from);
    expect((status.json.data as Record<string, unknown>).recipient_id).toBe(textData.from);

    // The API still returns the full event to an API key.
    const stored = await client.api<Record<string, any>>(apiKey, 'GET', `/v1/events/${text.json.id}`);
    expect(stored.status).toBe(200);
    expect(stored.body.data.from).toBe('16505550123');
    expect(stored.body.data.text.body).toContain('Hi! Do you have the blue sneakers');
    expect(stored.body.raw).toBeTruthy();
  });

  it('delivers thin envelopes signed v1 that the receiver fetches back with the API', async () => {
    for (const delivery of thin.requests) {
      const verified = new Webhook(thinHook.secret).verify(delivery.body, headersOf(delivery)) as Record<string, unknown>;
      expect(Object.keys(verified).sort()).toEqual(['created_at', 'id', 'phone_number_id', 'timestamp', 'type', 'waba_id', 'workspace_id']);
      const fetched = await client.api<Record<string, any>>(apiKey, 'GET', `/v1/events/${String(verified.id)}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toMatchObject(verified);
      expect(fetched.body.data.from).toBe('16505550123');
      expect(fetched.body.raw.field).toBe('messages');
    }
  });

  it('sends a test event shaped and signed like a real delivery to the endpoint', async () => {
    const before = redacting.requests.length;
    const res = await client.api<Record<string, any>>(apiKey, 'POST', `/v1/webhooks/${redactingHook.id}/test`, { type: 'message.received' });
    expect(res.status).toBe(200);
    await redacting.waitFor(before + 1);
    const delivery = redacting.requests[before];
    expect(delivery.json.test).toBe(true);
    expect(verifyStandardWebhook(redactingHook.secret, delivery.body, headersOf(delivery))).toMatchObject({ type: 'message.received' });
    // The catalog example's personal values (its sender, name and text) are not in the bytes.
    for (const value of ['16505550123', 'Ana Torres', 'blue sneakers']) expect(delivery.body).not.toContain(value);
  });

  it('switching to hmac-sha256 is a rotation: both keys sign during the grace period, each verifies', async () => {
    const rotated = await client.api<Record<string, any>>(apiKey, 'POST', `/v1/webhooks/${redactingHook.id}/rotate-secret`, {
      signature_algorithm: 'hmac-sha256',
      grace_period_hours: 1,
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.signature_algorithm).toBe('hmac-sha256');
    expect(rotated.body.previous_secret_expires_at).not.toBeNull();
    // Payload options are unchanged by a rotation; PATCH changes them.
    const patched = await client.api(apiKey, 'PATCH', `/v1/webhooks/${redactingHook.id}`, { redact: ['phone_numbers'], payload: 'without_raw' });
    expect(patched.body).toMatchObject({ signature_algorithm: 'hmac-sha256', payload: 'without_raw', redact: ['phone_numbers'] });

    const before = redacting.requests.length;
    const meta = withWabaId(loadMetaFixture('messages-text.json'), wabaId) as any;
    meta.entry[0].changes[0].value.messages[0].id = 'wamid.rotation-check';
    expect((await client.postMeta(meta)).status).toBe(200);
    await redacting.waitFor(before + 1);
    const delivery = redacting.requests[before];
    expect(delivery.headers['webhook-signature']).toMatch(/^v1,\S+ v1a,\S+$/);
    expect(() => new Webhook(rotated.body.secret).verify(delivery.body, headersOf(delivery))).not.toThrow();
    expect(() => verifyStandardWebhook(redactingHook.secret, delivery.body, headersOf(delivery))).not.toThrow();
    // Only phone numbers are hashed now: the text and the name come through, raw does not.
    const data = delivery.json.data as Record<string, any>;
    expect(data.from).toMatch(/^h:/);
    expect(data.text.body).toContain('Hi! Do you have the blue sneakers');
    expect(delivery.body).not.toContain('16505550123');
    expect(delivery.json).not.toHaveProperty('raw');
  });
});
