import amqp from 'amqplib';
import { randomBytes } from 'node:crypto';
import { IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { ReceivedRequest, WebhookReceiver } from './support/webhook-receiver';
import { eventually, sleep } from './support/wait';

// Operational events end to end, on short clocks: failing after 1 s, disabled only after 60 s.
const FAILING_AFTER_MS = 1_000;
const RETRY_SCHEDULE = '200ms,200ms,200ms';

describe('operational events', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let client: IngestClient;
  let workspace: { id: string; api_key: string };
  let conn: amqp.ChannelModel;
  let ch: amqp.ConfirmChannel;
  let watcher: WebhookReceiver;
  let flaky: WebhookReceiver;
  let flakyHook: { id: string; secret: string };
  let failing = true;
  const run = randomBytes(3).toString('hex');
  let seq = 0;

  const ofType = (r: WebhookReceiver, type: string, endpointId: string): ReceivedRequest[] =>
    r.requests.filter((q) => q.json.type === type && (q.json.data as { endpoint_id?: string })?.endpoint_id === endpointId);

  async function waitForEvent(r: WebhookReceiver, type: string, endpointId: string, timeoutMs = 10_000): Promise<Record<string, any>> {
    const [req] = await eventually(
      async () => ofType(r, type, endpointId),
      (found) => found.length > 0,
      timeoutMs,
    );
    return req.json;
  }

  async function publishEvent(): Promise<string> {
    const id = `evt_${run}_${++seq}`;
    const envelope = {
      id,
      type: 'message.received',
      created_at: new Date().toISOString(),
      workspace_id: workspace.id,
      waba_id: 'w',
      phone_number_id: 'p',
      data: {},
      raw: null,
    };
    ch.publish('wawh.events', `${workspace.id}.message.received`, Buffer.from(JSON.stringify(envelope)), { persistent: true, messageId: id });
    await ch.waitForConfirms();
    return id;
  }

  beforeAll(async () => {
    env = await createTestEnvironment({
      RETRY_SCHEDULE,
      RETRY_JITTER: '0',
      DELIVERY_FAILING_AFTER: `${FAILING_AFTER_MS}ms`,
      AUTO_DISABLE_AFTER: '60s',
      DELIVERY_TIMEOUT_MS: '1000',
      RECONCILE_INTERVAL: '1s',
    });
    ingest = await AppProcess.start('ingest', env.env);
    dispatcher = await AppProcess.start('dispatcher', env.env);
    client = new IngestClient(ingest.baseUrl);
    workspace = await client.createWorkspace();
    conn = await amqp.connect(env.amqpUrl);
    ch = await conn.createConfirmChannel();
    watcher = await new WebhookReceiver().start();
    await client.createWebhook(workspace.api_key, { url: watcher.url, events: ['webhook.*'] });
    flaky = await new WebhookReceiver().start();
    flaky.respond = (_req, res) => void res.writeHead(failing ? 500 : 200, { 'content-type': 'text/plain' }).end(failing ? 'broken' : 'ok');
  });

  afterAll(async () => {
    await conn?.close().catch(() => undefined);
    await dispatcher?.stop();
    await ingest?.stop();
    await watcher?.stop();
    await flaky?.stop();
    await env?.cleanup();
  });

  it('webhook.endpoint_created, _updated and webhook.secret_rotated reach the workspace, once each', async () => {
    // It subscribes to the news of its own deliveries too: the filter, not routing, keeps them from it.
    const events = ['message.received', 'webhook.delivery_failing', 'webhook.delivery_exhausted', 'webhook.endpoint_recovered'];
    flakyHook = await client.createWebhook(workspace.api_key, { url: flaky.url, events });
    const created = await waitForEvent(watcher, 'webhook.endpoint_created', flakyHook.id);
    expect(created).toMatchObject({ workspace_id: workspace.id, raw: null, data: { url: flaky.url, events, enabled: true } });

    const patched = await client.api(workspace.api_key, 'PATCH', `/v1/webhooks/${flakyHook.id}`, { description: 'flaky one' });
    expect(patched.status).toBe(200);
    const updated = await waitForEvent(watcher, 'webhook.endpoint_updated', flakyHook.id);
    expect(updated.data).toMatchObject({ description: 'flaky one' });

    const rotated = await client.api(workspace.api_key, 'POST', `/v1/webhooks/${flakyHook.id}/rotate-secret`, {});
    expect(rotated.status).toBeLessThan(300);
    const notice = await waitForEvent(watcher, 'webhook.secret_rotated', flakyHook.id);
    expect(notice.data.previous_secret_expires_at).toBe(
      (rotated.body as { previous_secret_expires_at: string }).previous_secret_expires_at.replace(/\.\d{3}Z$/, 'Z'),
    );
    expect(JSON.stringify(notice)).not.toContain('whsec_');

    // Stored like any event: GET /v1/events/{id} answers it.
    const stored = await client.api(workspace.api_key, 'GET', `/v1/events/${created.id}`);
    expect(stored.status).toBe(200);
    expect(ofType(watcher, 'webhook.endpoint_created', flakyHook.id)).toHaveLength(1);
  });

  it('failing for DELIVERY_FAILING_AFTER: webhook.delivery_failing to the others (never to itself), then exhausted deliveries', async () => {
    failing = true;
    const ids: string[] = [];
    const t0 = Date.now();
    const failingNotice = (async () => {
      while (Date.now() - t0 < 15_000 && ofType(watcher, 'webhook.delivery_failing', flakyHook.id).length === 0) {
        ids.push(await publishEvent());
        await sleep(200);
      }
    })();
    await failingNotice;
    const notice = await waitForEvent(watcher, 'webhook.delivery_failing', flakyHook.id, 1_000);
    const failingSince = Date.parse(notice.data.failing_since);
    expect(Date.parse(notice.created_at) - failingSince).toBeGreaterThanOrEqual(FAILING_AFTER_MS - 1_000);
    expect(Date.parse(notice.data.disables_at) - failingSince).toBe(60_000);
    expect(notice.data).toMatchObject({ url: flaky.url, last_status_code: 500 });

    // The API (and the settings page through it) shows the failing state and when it will be disabled.
    const view = await client.api<{ health: { failing_since: string; disables_at: string } }>(workspace.api_key, 'GET', `/v1/webhooks/${flakyHook.id}`);
    // failing_since to the millisecond in the API, to the second in the event.
    expect(Math.floor(Date.parse(view.body.health.failing_since) / 1000) * 1000).toBe(Date.parse(notice.data.failing_since));
    expect(Date.parse(view.body.health.disables_at) - Date.parse(view.body.health.failing_since)).toBe(60_000);

    // The first event's 4 attempts are used up: exhausted, with its id and the last error.
    const exhausted = await waitForEvent(watcher, 'webhook.delivery_exhausted', flakyHook.id);
    expect(ids).toContain(exhausted.data.event_id);
    expect(exhausted.data).toMatchObject({ event_type: 'message.received', attempts: 4, last_status_code: 500, last_error: 'HTTP 500' });

    // Keep failing a while: one failing notice per period, and none of these reached the failing endpoint.
    await sleep(1_500);
    expect(ofType(watcher, 'webhook.delivery_failing', flakyHook.id)).toHaveLength(1);
    const aboutItself = flaky.requests.filter((r) => String(r.json.type).startsWith('webhook.delivery_') && (r.json.data as any)?.endpoint_id === flakyHook.id);
    expect(aboutItself).toHaveLength(0);
    const [{ n }] = await query<{ n: number }>(env.databaseUrl, `SELECT count(*)::int AS n FROM events WHERE type = 'webhook.delivery_failing'`);
    expect(n).toBe(1);
  });

  it('the first success after it: webhook.endpoint_recovered, once', async () => {
    failing = false;
    await publishEvent();
    const recovered = await waitForEvent(watcher, 'webhook.endpoint_recovered', flakyHook.id);
    const failingNotice = ofType(watcher, 'webhook.delivery_failing', flakyHook.id)[0].json as Record<string, any>;
    expect(recovered.data.failing_since).toBe(failingNotice.data.failing_since);
    await publishEvent();
    await sleep(1_000);
    expect(ofType(watcher, 'webhook.endpoint_recovered', flakyHook.id)).toHaveLength(1);
    const view = await client.api<{ health: { failing_since: string | null; disables_at: string | null } }>(
      workspace.api_key,
      'GET',
      `/v1/webhooks/${flakyHook.id}`,
    );
    expect(view.body.health).toMatchObject({ failing_since: null, disables_at: null });
  });

  it('webhook.endpoint_deleted reaches the others', async () => {
    const res = await client.api(workspace.api_key, 'DELETE', `/v1/webhooks/${flakyHook.id}`);
    expect(res.status).toBe(204);
    const deleted = await waitForEvent(watcher, 'webhook.endpoint_deleted', flakyHook.id);
    expect(deleted.data).toMatchObject({ url: flaky.url, description: 'flaky one' });
  });

  it('every operational type is in the catalog', async () => {
    const res = await client.api<{ data: { name: string; category: string }[] }>(workspace.api_key, 'GET', '/v1/event-types');
    const operational = res.body.data.filter((t) => t.category === 'operational').map((t) => t.name);
    expect(operational.sort()).toEqual(
      [
        'webhook.delivery_exhausted',
        'webhook.delivery_failing',
        'webhook.endpoint_created',
        'webhook.endpoint_deleted',
        'webhook.endpoint_disabled',
        'webhook.endpoint_recovered',
        'webhook.endpoint_updated',
        'webhook.secret_rotated',
      ].sort(),
    );
  });
});
