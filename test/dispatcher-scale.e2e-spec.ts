import amqp from 'amqplib';
import { randomBytes } from 'node:crypto';
import { IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { publishEnvelope } from './support/direct-publish';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';
import { sleep } from './support/wait';

// Replicas, crash safety, isolation and graceful shutdown.
const CONCURRENCY = 4;

async function metric(app: AppProcess, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('dispatcher: replicas, crashes and isolation', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let d1: AppProcess;
  let d2: AppProcess;
  let client: IngestClient;
  let conn: amqp.ChannelModel;
  let ch: amqp.ConfirmChannel;
  const receivers: WebhookReceiver[] = [];
  const run = randomBytes(3).toString('hex');
  let seq = 0;
  const stopped = new Set<AppProcess>();

  async function receiver(): Promise<WebhookReceiver> {
    const r = await new WebhookReceiver().start();
    receivers.push(r);
    return r;
  }

  async function workspaceWithHook(url: string, type: string): Promise<{ workspaceId: string; endpointId: string }> {
    const ws = await client.createWorkspace();
    const hook = await client.createWebhook(ws.api_key, { url, events: [type] });
    return { workspaceId: ws.id, endpointId: hook.id };
  }

  async function publish(workspaceId: string, type: string, count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = `evt_${run}_${++seq}`;
      ids.push(id);
      publishEnvelope(ch, { id, workspaceId, type, data: { seq } });
    }
    await ch.waitForConfirms();
    return ids;
  }

  const uniqueIds = (r: WebhookReceiver) => new Set(r.requests.map((q) => String(q.headers['webhook-id'])));

  beforeAll(async () => {
    env = await createTestEnvironment({
      RETRY_SCHEDULE: '500ms,1s,2s',
      DELIVERY_CONCURRENCY_PER_ENDPOINT: String(CONCURRENCY),
      DELIVERY_TIMEOUT_MS: '10000',
      // Both replicas consume every queue here (shared mode: test/queue-sharing.e2e-spec.ts).
      DISPATCHER_QUEUE_SHARING: 'all',
    });
    ingest = await AppProcess.start('ingest', env.env);
    [d1, d2] = await Promise.all([AppProcess.start('dispatcher', env.env), AppProcess.start('dispatcher', env.env)]);
    client = new IngestClient(ingest.baseUrl);
    conn = await amqp.connect(env.amqpUrl);
    ch = await conn.createConfirmChannel();
  });

  afterAll(async () => {
    await conn?.close().catch(() => undefined);
    // AppProcess.stop() waits forever on a process already ended by a signal: stop only running ones.
    await Promise.all([d1, d2].filter((d) => d && !stopped.has(d)).map((d) => d.stop()));
    await ingest?.stop();
    for (const r of receivers) await r.stop();
    await env?.cleanup();
  }, 60_000);

  it('shares an endpoint queue between two replicas: both deliver', async () => {
    const r = await receiver();
    r.respond = async (_req, res) => {
      await sleep(5);
      res.writeHead(200).end('ok');
    };
    const { workspaceId } = await workspaceWithHook(r.url, 'message.received');
    const before = [
      await metric(d1, 'dispatcher_delivery_attempts_total', 'outcome="success"'),
      await metric(d2, 'dispatcher_delivery_attempts_total', 'outcome="success"'),
    ];
    await publish(workspaceId, 'message.received', 200);
    await r.waitFor(200, 15_000);
    let by1 = 0;
    let by2 = 0;
    for (let i = 0; i < 20 && by1 + by2 < 200; i++) {
      await sleep(100); // the last answers are being counted
      by1 = (await metric(d1, 'dispatcher_delivery_attempts_total', 'outcome="success"')) - before[0];
      by2 = (await metric(d2, 'dispatcher_delivery_attempts_total', 'outcome="success"')) - before[1];
    }
    console.log(`two replicas: ${by1} + ${by2} deliveries`);
    expect(by1).toBeGreaterThan(0);
    expect(by2).toBeGreaterThan(0);
    expect(by1 + by2).toBeGreaterThanOrEqual(200);
  });

  it('keeps a fast endpoint prompt while a slow one (5 s answers) backs up its own queue', async () => {
    const slow = await receiver();
    slow.respond = async (_req, res) => {
      await sleep(5_000);
      if (!res.destroyed) res.writeHead(200).end('ok');
    };
    const fast = await receiver();
    const ws = await client.createWorkspace();
    await client.createWebhook(ws.api_key, { url: slow.url, events: ['message.received'] });
    await client.createWebhook(ws.api_key, { url: fast.url, events: ['message.received'] });
    const t0 = Date.now();
    await publish(ws.id, 'message.received', 40);
    await fast.waitFor(40, 3_000);
    const fastDone = Date.now() - t0;
    const slowSoFar = slow.requests.length;
    console.log(`isolation: fast endpoint got 40/40 in ${fastDone} ms; slow endpoint has ${slowSoFar} requests in flight`);
    expect(fastDone).toBeLessThan(2_000);
    // At most CONCURRENCY in flight per replica: the rest waits in the slow endpoint's own queue.
    expect(slowSoFar).toBeLessThanOrEqual(2 * CONCURRENCY);
    slow.respond = (_req, res) => void res.writeHead(200).end('ok'); // let its backlog drain
  });

  it('loses nothing when one of two replicas is killed with SIGKILL mid-run (1,000 events)', async () => {
    const r = await receiver();
    r.respond = async (_req, res) => {
      await sleep(2);
      res.writeHead(200).end('ok');
    };
    const { workspaceId } = await workspaceWithHook(r.url, 'message.status_updated');
    const ids = await publish(workspaceId, 'message.status_updated', 1_000);
    await r.waitFor(150, 20_000);
    await d1.stop('SIGKILL');
    const deadline = Date.now() + 30_000;
    while (uniqueIds(r).size < 1_000 && Date.now() < deadline) await sleep(100);
    const unique = uniqueIds(r);
    const missing = ids.filter((id) => !unique.has(id));
    console.log(`kill -9 during 1,000 events: ${unique.size} distinct delivered, ${r.requests.length - unique.size} duplicates, ${missing.length} missing`);
    expect(missing).toEqual([]);
    d1 = await AppProcess.start('dispatcher', env.env);
  });

  it('on SIGTERM finishes the in-flight delivery, records it and exits', async () => {
    const r = await receiver();
    r.respond = async (_req, res) => {
      await sleep(1_500);
      res.writeHead(200).end('ok');
    };
    await d2.stop(); // one replica only, so the request below is d1's
    stopped.add(d2);
    const { workspaceId } = await workspaceWithHook(r.url, 'account.updated');
    await publish(workspaceId, 'account.updated', 1);
    await r.waitFor(1, 5_000);
    const t0 = Date.now();
    const code = await d1.stop('SIGTERM');
    const took = Date.now() - t0;
    console.log(`SIGTERM with one delivery in flight: exit ${code} after ${took} ms`);
    expect(took).toBeLessThan(10_000);
    const { query } = await import('./support/db');
    const rows = await query<{ success: boolean }>(
      env.databaseUrl,
      `SELECT a.success FROM delivery_attempts a JOIN webhook_endpoints e ON e.id = a.endpoint_id WHERE e.workspace_id = $1`,
      [workspaceId],
    );
    expect(rows).toEqual([{ success: true }]);
    // Acked: a new replica does not deliver it again.
    d1 = await AppProcess.start('dispatcher', env.env);
    await sleep(1_000);
    expect(r.requests).toHaveLength(1);
  });
});
