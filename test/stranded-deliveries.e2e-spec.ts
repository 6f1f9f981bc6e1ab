import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import amqp from 'amqplib';
import { Client } from 'pg';
import { http, IngestClient, loadMetaFixture, withWabaId } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { sleep, waitUntil } from './support/wait';
import { WebhookReceiver } from './support/webhook-receiver';

// Deliveries left pending with no message on its way: the process doing a recover killed between its
// claim and its publish, the broker losing queued messages, an endpoint deleted while its retries wait.
// The built apps run as processes on this file's own database and vhost; the sweeper runs with a short
// interval and grace so the faults heal within the test.

const exec = promisify(execFile);
const SWEEP = { DELIVERY_SWEEP_INTERVAL: '500ms', DELIVERY_SWEEP_GRACE: '2s' };

/** A messages POST of the workspace's WABA carrying `count` distinct text messages. */
function messagesPost(wabaId: string, count: number, tag: string) {
  const body = withWabaId(loadMetaFixture('messages-text.json'), wabaId) as any;
  const template = body.entry[0].changes[0].value.messages[0];
  body.entry[0].changes[0].value.messages = Array.from({ length: count }, (_, i) => ({ ...template, id: `wamid.${tag}.${i}`, text: { body: `${tag} ${i}` } }));
  return body;
}

const failing = (r: WebhookReceiver) => (r.respond = (_req, res) => void res.writeHead(500).end('down'));
const healthy = (r: WebhookReceiver) => (r.respond = (_req, res) => void res.writeHead(200).end('ok'));

/** Distinct webhook-ids among the requests a receiver got from index `from` on. */
const deliveredSince = (r: WebhookReceiver, from: number) => new Set(r.requests.slice(from).map((q) => String(q.headers['webhook-id'])));

async function statesOf(databaseUrl: string, endpointId: string): Promise<Record<string, number>> {
  const rows = await query<{ state: string; n: number }>(
    databaseUrl,
    `SELECT state, count(*)::int AS n FROM deliveries WHERE endpoint_id = $1 GROUP BY state`,
    [endpointId],
  );
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

async function sweepAttempts(databaseUrl: string, endpointId: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    databaseUrl,
    `SELECT count(DISTINCT delivery_id)::int AS n FROM delivery_attempts WHERE endpoint_id = $1 AND trigger = 'sweep'`,
    [endpointId],
  );
  return row.n;
}

async function queueDepth(amqpUrl: string, endpointId: string): Promise<number> {
  const connection = await amqp.connect(amqpUrl);
  try {
    const channel = await connection.createChannel();
    return (await channel.checkQueue(`wawh.endpoint.${endpointId}`)).messageCount;
  } finally {
    await connection.close();
  }
}

async function republishedMetric(app: AppProcess): Promise<number> {
  const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
  return Number(/^ingest_deliveries_swept_total\{action="republished"\} (\d+)/m.exec(text)?.[1] ?? NaN);
}

interface Tenant {
  apiKey: string;
  wabaId: string;
  endpointId: string;
  receiver: WebhookReceiver;
}

let wabaSeq = 0;
async function tenant(client: IngestClient, receivers: WebhookReceiver[]): Promise<Tenant> {
  const ws = await client.createWorkspace(`stranded ${++wabaSeq}`);
  const wabaId = String(240000000000000 + wabaSeq);
  await client.linkWaba(ws.id, wabaId);
  const receiver = await new WebhookReceiver().start();
  receivers.push(receiver);
  const hook = await client.createWebhook(ws.api_key, { url: receiver.url, events: ['message.received'] });
  return { apiKey: ws.api_key, wabaId, endpointId: hook.id, receiver };
}

describe('stranded deliveries: the sweeper re-publishes what no message carries any more', () => {
  const N = 30;
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let client: IngestClient;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    // Two attempts 300 ms apart, then failed: recover has something to claim.
    env = await createTestEnvironment({ RETRY_SCHEDULE: '300ms', RETRY_JITTER: '0', ...SWEEP });
    ingest = await AppProcess.start('ingest', env.env);
    dispatcher = await AppProcess.start('dispatcher', env.env);
    client = new IngestClient(ingest.baseUrl);
  });

  afterAll(async () => {
    await dispatcher?.stop();
    await ingest?.stop();
    await Promise.all(receivers.map((r) => r.stop()));
    await env?.cleanup();
  });

  /** N failed deliveries toward a receiver that now answers 200; returns how many requests it had before. */
  async function failedDeliveries(t: Tenant, tag: string): Promise<number> {
    failing(t.receiver);
    expect((await client.postMeta(messagesPost(t.wabaId, N, tag))).status).toBe(200);
    await waitUntil(async () => (await statesOf(env.databaseUrl, t.endpointId)).failed === N, 30_000);
    healthy(t.receiver);
    return t.receiver.requests.length;
  }

  it('the process doing a recover is killed between claim and publish: every stranded delivery arrives', async () => {
    const t = await tenant(client, receivers);
    const before = await failedDeliveries(t, 'crash');
    const republishedBefore = await republishedMetric(ingest);

    // A second ingest does the recover. Holding a lock on events lets its claim commit but stops it at
    // the first event it reads, before any publish: killed there, it leaves every claimed delivery
    // pending with no message anywhere.
    const victim = await AppProcess.start('ingest', { ...env.env, DELIVERY_SWEEP_INTERVAL: '1h' });
    const blocker = new Client({ connectionString: env.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
      const since = new Date(Date.now() - 3_600_000).toISOString();
      void http('POST', `${victim.baseUrl}/v1/webhooks/${t.endpointId}/recover`, {
        headers: { authorization: `Bearer ${t.apiKey}` },
        body: { since },
      }).catch(() => undefined);
      await waitUntil(async () => (await statesOf(env.databaseUrl, t.endpointId)).pending === N, 15_000);
      await victim.stop('SIGKILL');
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end();
    }
    expect(t.receiver.requests.length).toBe(before); // nothing was published before the kill

    await waitUntil(async () => deliveredSince(t.receiver, before).size === N && (await statesOf(env.databaseUrl, t.endpointId)).succeeded === N, 30_000);
    expect(await statesOf(env.databaseUrl, t.endpointId)).toEqual({ succeeded: N });
    expect(await sweepAttempts(env.databaseUrl, t.endpointId)).toBe(N);
    expect((await republishedMetric(ingest)) - republishedBefore).toBeGreaterThanOrEqual(N);
  });

  it('the broker loses queued messages of pending deliveries: held back while the queue holds them, re-published once it is empty', async () => {
    const t = await tenant(client, receivers);
    const before = await failedDeliveries(t, 'purge');

    // No consumer: the recovered messages wait in the endpoint queue, their deliveries pending.
    await dispatcher.stop();
    const recovered = await client.api<{ failed_requeued: number }>(t.apiKey, 'POST', `/v1/webhooks/${t.endpointId}/recover`, {
      since: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(recovered.body.failed_requeued).toBe(N);
    expect(await queueDepth(env.amqpUrl, t.endpointId)).toBe(N);

    // Overdue past the grace period, but their messages are still queued: the sweeper must not add copies.
    await waitUntil(async () => {
      const [row] = await query<{ n: number }>(
        env.databaseUrl,
        `SELECT count(*)::int AS n FROM deliveries WHERE endpoint_id = $1 AND state = 'pending' AND next_attempt_at < now() - interval '2 seconds'`,
        [t.endpointId],
      );
      return row.n === N;
    }, 15_000);
    await sleep(2_000); // several sweep passes
    expect(await queueDepth(env.amqpUrl, t.endpointId)).toBe(N);

    // The broker loses them.
    await exec('rabbitmqctl', ['-q', 'purge_queue', '-p', env.vhost, `wawh.endpoint.${t.endpointId}`], { timeout: 30_000 });
    expect(await queueDepth(env.amqpUrl, t.endpointId)).toBe(0);
    dispatcher = await AppProcess.start('dispatcher', env.env);

    await waitUntil(async () => deliveredSince(t.receiver, before).size === N && (await statesOf(env.databaseUrl, t.endpointId)).succeeded === N, 30_000);
    expect(await statesOf(env.databaseUrl, t.endpointId)).toEqual({ succeeded: N });
    expect(await sweepAttempts(env.databaseUrl, t.endpointId)).toBe(N);
  });

  it('a dispatcher killed while delivering recovered deliveries: the other replica and the sweeper leave none pending', async () => {
    const t = await tenant(client, receivers);
    const before = await failedDeliveries(t, 'dkill');
    t.receiver.respond = async (_req, res) => {
      await sleep(50);
      if (!res.destroyed) res.writeHead(200).end('ok');
    };
    const second = await AppProcess.start('dispatcher', env.env);
    const recovered = await client.api<{ failed_requeued: number }>(t.apiKey, 'POST', `/v1/webhooks/${t.endpointId}/recover`, {
      since: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(recovered.body.failed_requeued).toBe(N);
    await t.receiver.waitFor(before + 3, 15_000);
    await second.stop('SIGKILL');

    await waitUntil(async () => deliveredSince(t.receiver, before).size === N && (await statesOf(env.databaseUrl, t.endpointId)).succeeded === N, 30_000);
    expect(await statesOf(env.databaseUrl, t.endpointId)).toEqual({ succeeded: N });
  });
});

describe('deleting an endpoint whose retries wait', () => {
  const N = 20;
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let client: IngestClient;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    // The second retry waits an hour in its delay queue: the delivery stays pending meanwhile.
    env = await createTestEnvironment({ RETRY_SCHEDULE: '200ms,1h', RETRY_JITTER: '0', ...SWEEP });
    ingest = await AppProcess.start('ingest', env.env);
    dispatcher = await AppProcess.start('dispatcher', env.env);
    client = new IngestClient(ingest.baseUrl);
  });

  afterAll(async () => {
    await dispatcher?.stop();
    await ingest?.stop();
    await Promise.all(receivers.map((r) => r.stop()));
    await env?.cleanup();
  });

  it('marks its waiting deliveries endpoint_deleted and keeps their history; nothing stays pending', async () => {
    const t = await tenant(client, receivers);
    failing(t.receiver);
    expect((await client.postMeta(messagesPost(t.wabaId, N, 'deleted'))).status).toBe(200);
    await waitUntil(async () => {
      const [row] = await query<{ n: number }>(
        env.databaseUrl,
        `SELECT count(*)::int AS n FROM deliveries WHERE endpoint_id = $1 AND state = 'pending' AND attempt_count = 2`,
        [t.endpointId],
      );
      return row.n === N;
    }, 30_000);
    // Waiting an hour is no reason to sweep: nothing was re-published.
    expect(await sweepAttempts(env.databaseUrl, t.endpointId)).toBe(0);

    expect((await client.api(t.apiKey, 'DELETE', `/v1/webhooks/${t.endpointId}`)).status).toBe(204);
    expect(await statesOf(env.databaseUrl, t.endpointId)).toEqual({ endpoint_deleted: N });
    const rows = await query<{ next_attempt_at: Date | null; attempts: number }>(
      env.databaseUrl,
      `SELECT d.next_attempt_at, (SELECT count(*)::int FROM delivery_attempts a WHERE a.delivery_id = d.id) AS attempts
       FROM deliveries d WHERE d.endpoint_id = $1`,
      [t.endpointId],
    );
    expect(rows.every((r) => r.next_attempt_at === null && r.attempts === 2)).toBe(true);
  });
});
