import { Webhook } from 'standardwebhooks';
import { IngestClient, loadMetaFixture, withWabaId } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';

describe('walking skeleton: Meta message → signed webhook', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let client: IngestClient;
  const receiver = new WebhookReceiver();
  const wabaId = '210000000000001';

  beforeAll(async () => {
    env = await createTestEnvironment();
    ingest = await AppProcess.start('ingest', env.env);
    dispatcher = await AppProcess.start('dispatcher', env.env);
    client = new IngestClient(ingest.baseUrl);
    await receiver.start();
  });

  afterAll(async () => {
    await dispatcher?.stop();
    await ingest?.stop();
    await receiver.stop();
    await env?.cleanup();
  });

  it('delivers exactly one signed message.received event carrying id, sender and text', async () => {
    const workspace = await client.createWorkspace();
    await client.linkWaba(workspace.id, wabaId);
    const webhook = await client.createWebhook(workspace.api_key, { url: receiver.url, events: ['message.received'] });
    expect(webhook.secret).toMatch(/^whsec_/);

    const meta = withWabaId(loadMetaFixture('messages-text.json'), wabaId);
    const res = await client.postMeta(meta);
    expect(res.status).toBe(200);

    await receiver.waitFor(1);
    await new Promise((r) => setTimeout(r, 500)); // a second delivery would arrive by now
    expect(receiver.requests).toHaveLength(1);
    const [delivery] = receiver.requests;

    const verified = new Webhook(webhook.secret).verify(delivery.body, {
      'webhook-id': String(delivery.headers['webhook-id']),
      'webhook-timestamp': String(delivery.headers['webhook-timestamp']),
      'webhook-signature': String(delivery.headers['webhook-signature']),
    }) as Record<string, any>;

    const message = (meta as any).entry[0].changes[0].value.messages[0];
    expect(verified.type).toBe('message.received');
    expect(verified.id).toBe(delivery.headers['webhook-id']);
    expect(verified.workspace_id).toBe(workspace.id);
    expect(verified.waba_id).toBe(wabaId);
    expect(verified.data.message_id).toBe(message.id);
    expect(verified.data.from).toBe(message.from);
    expect(verified.data.text.body).toBe(message.text.body);
    expect(delivery.headers['content-type']).toBe('application/json');

    const attempts = await query(env.databaseUrl, 'SELECT status_code, success FROM delivery_attempts');
    expect(attempts).toEqual([{ status_code: 200, success: true }]);
  });

  it('refuses a wrong X-Hub-Signature-256 with 401 and stores nothing', async () => {
    const before = await query<{ n: number }>(env.databaseUrl, 'SELECT count(*)::int AS n FROM events');
    const delivered = receiver.requests.length;
    const meta = withWabaId(loadMetaFixture('messages-text.json'), wabaId);
    (meta as any).entry[0].changes[0].value.messages[0].id = 'wamid.other-message';

    const wrong = await client.postMeta(meta, { signature: 'sha256=' + '0'.repeat(64) });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ status: 401, code: 'invalid_signature' });
    const missing = await client.postMeta(meta, { signature: '' });
    expect(missing.status).toBe(401);

    await new Promise((r) => setTimeout(r, 500));
    const after = await query<{ n: number }>(env.databaseUrl, 'SELECT count(*)::int AS n FROM events');
    expect(after[0].n).toBe(before[0].n);
    expect(receiver.requests.length).toBe(delivered);
  });
});
