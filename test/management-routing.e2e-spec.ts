import { connect } from 'amqplib';
import { Webhook } from 'standardwebhooks';
import { IngestClient, loadMetaFixture, withWabaId } from './support/api-client';
import { AppProcess } from './support/app-process';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { ReceivedRequest, WebhookReceiver } from './support/webhook-receiver';
import { sleep } from './support/wait';

type Json = Record<string, any>;
/** Longer than a reconcile period (RECONCILE_INTERVAL below) plus a delivery: a stray delivery would be here. */
const SETTLE_MS = 1_500;

function verify(secret: string, req: ReceivedRequest): Json {
  return new Webhook(secret).verify(req.body, {
    'webhook-id': String(req.headers['webhook-id']),
    'webhook-timestamp': String(req.headers['webhook-timestamp']),
    'webhook-signature': String(req.headers['webhook-signature']),
  }) as Json;
}

describe('management API routing: per-endpoint subscriptions, filters, enable/disable, secret rotation', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let client: IngestClient;
  let workspace: { id: string; api_key: string };
  const wabaId = '220000000000001';
  const receivers = { x: new WebhookReceiver(), y: new WebhookReceiver(), z: new WebhookReceiver(), d: new WebhookReceiver() };
  const hooks: Record<keyof typeof receivers, { id: string; secret: string }> = {} as never;
  let messageSeq = 0;

  const postTemplateStatus = async () => {
    const res = await client.postMeta(withWabaId(loadMetaFixture('template-status-paused.json'), wabaId));
    expect(res.status).toBe(200);
  };
  const postMessage = async () => {
    const meta = withWabaId(loadMetaFixture('messages-text.json'), wabaId) as Json;
    meta.entry[0].changes[0].value.messages[0].id = `wamid.routing-${++messageSeq}`;
    const res = await client.postMeta(meta);
    expect(res.status).toBe(200);
    return meta.entry[0].changes[0].value.messages[0].id as string;
  };
  const types = (r: WebhookReceiver) => r.requests.map((q) => q.json.type);

  beforeAll(async () => {
    env = await createTestEnvironment({ RECONCILE_INTERVAL: '500ms', RETRY_SCHEDULE: '1s' });
    ingest = await AppProcess.start('ingest', env.env);
    dispatcher = await AppProcess.start('dispatcher', env.env);
    client = new IngestClient(ingest.baseUrl);
    await Promise.all(Object.values(receivers).map((r) => r.start()));
    workspace = await client.createWorkspace('routing');
    await client.linkWaba(workspace.id, wabaId);
    hooks.x = await client.createWebhook(workspace.api_key, { url: receivers.x.url, events: ['template.status_updated'] });
    hooks.y = await client.createWebhook(workspace.api_key, { url: receivers.y.url, events: ['*'] });
    hooks.z = await client.createWebhook(workspace.api_key, {
      url: receivers.z.url,
      events: ['template.*'],
      filter: { phone_number_ids: ['117263540989999'] },
    });
    hooks.d = await client.createWebhook(workspace.api_key, { url: receivers.d.url, events: ['*'], enabled: false });
    // "*" covers the operational events too: Y is told of its own creation, Z's and D's; the tests start after them.
    await receivers.y.waitFor(3);
    await sleep(SETTLE_MS);
    expect(types(receivers.y)).toEqual(['webhook.endpoint_created', 'webhook.endpoint_created', 'webhook.endpoint_created']);
    receivers.y.requests.splice(0);
  });

  afterAll(async () => {
    await dispatcher?.stop();
    await ingest?.stop();
    await Promise.all(Object.values(receivers).map((r) => r.stop()));
    await env?.cleanup();
  });

  it('a template event reaches X (exact type) and Y (*), not Z (filtered to another number) nor the disabled endpoint', async () => {
    await postTemplateStatus();
    await Promise.all([receivers.x.waitFor(1), receivers.y.waitFor(1)]);
    await sleep(SETTLE_MS);
    expect(types(receivers.x)).toEqual(['template.status_updated']);
    expect(types(receivers.y)).toEqual(['template.status_updated']);
    expect(receivers.z.requests).toHaveLength(0);
    expect(receivers.d.requests).toHaveLength(0);
    const event = verify(hooks.x.secret, receivers.x.requests[0]);
    expect(event.data).toMatchObject({ template_name: 'weekly_deals', status: 'PAUSED' });

    // Z did get the event on its queue (template.* is bound) and consumed it without delivering.
    const conn = await connect(env.amqpUrl);
    try {
      const ch = await conn.createChannel();
      const z = await ch.checkQueue(`wawh.endpoint.${hooks.z.id}`);
      expect(z).toMatchObject({ messageCount: 0, consumerCount: 1 });
      // the disabled endpoint has a queue but no bindings, so nothing ever reached it
      const d = await ch.checkQueue(`wawh.endpoint.${hooks.d.id}`);
      expect(d.messageCount).toBe(0);
    } finally {
      await conn.close();
    }
  });

  it('a message event reaches only Y', async () => {
    const messageId = await postMessage();
    await receivers.y.waitFor(2);
    await sleep(SETTLE_MS);
    expect(types(receivers.y)).toEqual(['template.status_updated', 'message.received']);
    expect((receivers.y.requests[1].json as Json).data.message_id).toBe(messageId);
    expect(receivers.x.requests).toHaveLength(1);
    expect(receivers.z.requests).toHaveLength(0);
    expect(receivers.d.requests).toHaveLength(0);
  });

  it('after a PATCH adding message.received to X, the next message event reaches X at once', async () => {
    const patched = await client.api<Json>(workspace.api_key, 'PATCH', `/v1/webhooks/${hooks.x.id}`, {
      events: ['template.status_updated', 'message.received'],
    });
    expect(patched.status).toBe(200);
    const messageId = await postMessage();
    await receivers.x.waitFor(2, 5_000);
    expect(types(receivers.x)).toEqual(['template.status_updated', 'message.received']);
    expect((receivers.x.requests[1].json as Json).data.message_id).toBe(messageId);
    await receivers.y.waitFor(3);
    await sleep(300);
    expect(receivers.d.requests).toHaveLength(0);
    expect(receivers.z.requests).toHaveLength(0);
  });

  it('disabling stops collection and re-enabling resumes it', async () => {
    const off = await client.api<Json>(workspace.api_key, 'PATCH', `/v1/webhooks/${hooks.x.id}`, { enabled: false });
    expect(off.body.status).toBe('disabled');
    await postMessage();
    await receivers.y.waitFor(4);
    await sleep(SETTLE_MS);
    expect(receivers.x.requests).toHaveLength(2);

    const on = await client.api<Json>(workspace.api_key, 'PATCH', `/v1/webhooks/${hooks.x.id}`, { enabled: true });
    expect(on.body.status).toBe('enabled');
    await postMessage();
    await receivers.x.waitFor(3, 5_000);
    expect(types(receivers.x)[2]).toBe('message.received');
  });

  it('during the rotation grace period a delivery carries two signatures and verifies with either secret', async () => {
    const oldSecret = hooks.x.secret;
    const rotated = await client.api<Json>(workspace.api_key, 'POST', `/v1/webhooks/${hooks.x.id}/rotate-secret`, { grace_period_hours: 1 });
    expect(rotated.status).toBe(200);
    const newSecret: string = rotated.body.secret;
    expect(newSecret).not.toBe(oldSecret);
    // The dispatcher learns of the rotation by a control message or, at the latest, the next reconcile.
    await sleep(SETTLE_MS);

    const before = receivers.x.requests.length;
    await postMessage();
    await receivers.x.waitFor(before + 1);
    const delivery = receivers.x.requests[before];
    const signatures = String(delivery.headers['webhook-signature']).split(' ');
    expect(signatures).toHaveLength(2);
    expect(signatures.every((s) => s.startsWith('v1,'))).toBe(true);
    expect(verify(newSecret, delivery).type).toBe('message.received');
    expect(verify(oldSecret, delivery).type).toBe('message.received');
    expect(() => verify('whsec_' + Buffer.alloc(32, 7).toString('base64'), delivery)).toThrow();

    // Ending the grace period (rotate with 0 hours) leaves a single signature from the newest secret.
    const final = await client.api<Json>(workspace.api_key, 'POST', `/v1/webhooks/${hooks.x.id}/rotate-secret`, { grace_period_hours: 0 });
    await sleep(SETTLE_MS);
    const count = receivers.x.requests.length;
    await postMessage();
    await receivers.x.waitFor(count + 1);
    const last = receivers.x.requests[count];
    expect(String(last.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verify(final.body.secret, last).type).toBe('message.received');
    expect(() => verify(newSecret, last)).toThrow();
  });

  it('after DELETE nothing more is delivered to the endpoint and its queue is gone', async () => {
    expect((await client.api(workspace.api_key, 'DELETE', `/v1/webhooks/${hooks.y.id}`)).status).toBe(204);
    const yCount = receivers.y.requests.length;
    const xCount = receivers.x.requests.length;
    await postMessage();
    await receivers.x.waitFor(xCount + 1);
    await sleep(SETTLE_MS);
    expect(receivers.y.requests).toHaveLength(yCount);
    const conn = await connect(env.amqpUrl);
    try {
      const ch = await conn.createChannel();
      ch.on('error', () => undefined);
      await expect(ch.checkQueue(`wawh.endpoint.${hooks.y.id}`)).rejects.toThrow(/404|NOT_FOUND/);
    } finally {
      await conn.close().catch(() => undefined);
    }
  });
});
