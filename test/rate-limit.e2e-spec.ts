import amqp from 'amqplib';
import { randomBytes } from 'node:crypto';
import { IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';
import { sleep } from './support/wait';

// Per-endpoint rate limits with two dispatcher replicas sharing one budget; rates measured loosely.
const LIMIT = 10;
const EVENTS = 40;

describe('per-endpoint rate limit', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  const dispatchers: AppProcess[] = [];
  let client: IngestClient;
  let workspace: { id: string; api_key: string };
  let conn: amqp.ChannelModel;
  let ch: amqp.ConfirmChannel;
  const receivers: WebhookReceiver[] = [];
  const run = randomBytes(3).toString('hex');
  let seq = 0;

  async function receiver(): Promise<WebhookReceiver> {
    const r = await new WebhookReceiver().start();
    receivers.push(r);
    return r;
  }

  function publish(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
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
    }
    return ch.waitForConfirms();
  }

  beforeAll(async () => {
    env = await createTestEnvironment({ RECONCILE_INTERVAL: '1s', RETRY_SCHEDULE: '300ms,300ms', RETRY_JITTER: '0' });
    ingest = await AppProcess.start('ingest', env.env);
    dispatchers.push(await AppProcess.start('dispatcher', env.env), await AppProcess.start('dispatcher', env.env));
    client = new IngestClient(ingest.baseUrl);
    workspace = await client.createWorkspace();
    conn = await amqp.connect(env.amqpUrl);
    ch = await conn.createConfirmChannel();
  });

  afterAll(async () => {
    await conn?.close().catch(() => undefined);
    for (const d of dispatchers) await d.stop();
    await ingest?.stop();
    for (const r of receivers) await r.stop();
    await env?.cleanup();
  });

  it('rate_limit_per_second is an API field: set, shown, removed with 0, bounded', async () => {
    const r = await receiver();
    const hook = await client.createWebhook(workspace.api_key, { url: r.url, events: ['template.status_updated'], rate_limit_per_second: 25 });
    const got = await client.api(workspace.api_key, 'GET', `/v1/webhooks/${hook.id}`);
    expect(got.body.rate_limit_per_second).toBe(25);
    const cleared = await client.api(workspace.api_key, 'PATCH', `/v1/webhooks/${hook.id}`, { rate_limit_per_second: 0 });
    expect(cleared.body.rate_limit_per_second).toBeNull();
    for (const bad of [1001, -1, 2.5, 'fast']) {
      const res = await client.api(workspace.api_key, 'PATCH', `/v1/webhooks/${hook.id}`, { rate_limit_per_second: bad });
      expect(res.status).toBe(400);
    }
    await client.api(workspace.api_key, 'DELETE', `/v1/webhooks/${hook.id}`);
  });

  it('a limited endpoint gets at most its rate across both replicas; an unlimited one beside it is not held', async () => {
    const limited = await receiver();
    const free = await receiver();
    await client.createWebhook(workspace.api_key, { url: limited.url, events: ['message.received'], rate_limit_per_second: LIMIT });
    await client.createWebhook(workspace.api_key, { url: free.url, events: ['message.received'] });
    await sleep(1_500); // both replicas consume both queues

    const t0 = Date.now();
    await publish(EVENTS);
    await free.waitFor(EVENTS, 10_000);
    const freeDone = Date.now() - t0;
    await limited.waitFor(EVENTS, 20_000);
    const times = limited.requests.map((r) => r.receivedAt);
    const span = (times[times.length - 1] - times[0]) / 1000;
    const rate = (times.length - 1) / span;
    console.log(`limited ${LIMIT}/s: ${times.length} in ${span.toFixed(2)} s (${rate.toFixed(1)}/s); unlimited: ${EVENTS} in ${freeDone} ms`);
    // 40 at 10/s cannot arrive in much less than 3 s, whichever replica sends them.
    expect(rate).toBeLessThanOrEqual(LIMIT * 1.5);
    expect(freeDone).toBeLessThan(span * 1000);
    expect(new Set(limited.requests.map((r) => r.headers['webhook-id'])).size).toBe(EVENTS);
  });

  it('429 with Retry-After holds that endpoint only', async () => {
    const busy = await receiver();
    busy.respond = (_req, res) => {
      if (busy.requests.length === 1) res.writeHead(429, { 'retry-after': '2', 'content-type': 'text/plain' }).end('slow down');
      else res.writeHead(200).end('ok');
    };
    const calm = await receiver();
    const busyHook = await client.createWebhook(workspace.api_key, { url: busy.url, events: ['message.received'], rate_limit_per_second: 100 });
    await client.createWebhook(workspace.api_key, { url: calm.url, events: ['message.received'] });
    await sleep(1_500);
    const calmBefore = calm.requests.length;

    await publish(1);
    await busy.waitFor(1, 5_000);
    await sleep(200);
    await publish(5);
    await calm.waitFor(calmBefore + 6, 5_000);
    const calmDone = Date.now();
    await busy.waitFor(7, 10_000);
    const paused = busy.requests[1].receivedAt - busy.requests[0].receivedAt;
    console.log(`after 429 + Retry-After: 2, the endpoint's next request came ${paused} ms later; the other endpoint was done meanwhile`);
    expect(paused).toBeGreaterThanOrEqual(1_900);
    expect(calm.requests[calm.requests.length - 1].receivedAt).toBeLessThan(busy.requests[1].receivedAt);
    expect(calmDone).toBeLessThan(busy.requests[1].receivedAt + 1_000);
    expect(busyHook.id).toBeTruthy();
  });
});
