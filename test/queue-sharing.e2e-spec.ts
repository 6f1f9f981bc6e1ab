import amqp from 'amqplib';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { publishEnvelope } from './support/direct-publish';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';
import { sleep } from './support/wait';

const exec = promisify(execFile);
const ENDPOINTS = 30;
const REPLICAS = 3;
const LEASE_MS = 3_000;
const TYPE = 'message.received';

// DISPATCHER_QUEUE_SHARING=shared (the default): each queue has one consumer, and a dead replica's share moves by itself.
describe('dispatcher replicas sharing the endpoint queues', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  const dispatchers: (AppProcess | null)[] = [];
  let conn: amqp.ChannelModel;
  let ch: amqp.ConfirmChannel;
  const receivers: WebhookReceiver[] = [];
  let workspaceId = '';
  const run = randomBytes(3).toString('hex');
  let seq = 0;

  /** Consumers per endpoint queue, as the broker counts them. */
  async function consumersPerQueue(): Promise<number[]> {
    const { stdout } = await exec('rabbitmqctl', ['-q', 'list_queues', '-p', env.vhost, 'name', 'consumers', '--no-table-headers'], { timeout: 30_000 });
    return stdout
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter(([name]) => name?.startsWith('wawh.endpoint.'))
      .map(([, n]) => Number(n));
  }

  /** Polls until every endpoint queue has exactly one consumer; the time it took (ms). */
  async function oneConsumerEach(timeoutMs: number): Promise<number> {
    const t0 = Date.now();
    let last: number[] = [];
    while (Date.now() - t0 < timeoutMs) {
      last = await consumersPerQueue();
      if (last.length === ENDPOINTS && last.every((n) => n === 1)) return Date.now() - t0;
      await sleep(100);
    }
    throw new Error(`queues not one consumer each after ${timeoutMs} ms: ${JSON.stringify(last)}`);
  }

  /** One event to the workspace, so one delivery to each of its endpoints. */
  async function publishOne(): Promise<string> {
    const id = `evt_${run}_${++seq}`;
    publishEnvelope(ch, { id, workspaceId, type: TYPE, data: { seq } });
    await ch.waitForConfirms();
    return id;
  }

  async function everyEndpointReceived(eventId: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const missing = () => receivers.filter((r) => !r.requests.some((q) => String(q.headers['webhook-id']) === eventId));
    while (missing().length > 0 && Date.now() < deadline) await sleep(50);
    expect(missing().length).toBe(0);
  }

  beforeAll(async () => {
    env = await createTestEnvironment({ MAX_ENDPOINTS_PER_WORKSPACE: String(ENDPOINTS + 5), DISPATCHER_LEASE: `${LEASE_MS / 1000}s` });
    ingest = await AppProcess.start('ingest', env.env);
    dispatchers.push(...(await Promise.all(Array.from({ length: REPLICAS }, () => AppProcess.start('dispatcher', env.env)))));
    const client = new IngestClient(ingest.baseUrl);
    const ws = await client.createWorkspace();
    workspaceId = ws.id;
    for (let i = 0; i < ENDPOINTS; i++) {
      const r = await new WebhookReceiver().start();
      receivers.push(r);
      await client.createWebhook(ws.api_key, { url: r.url, events: [TYPE] });
    }
    conn = await amqp.connect(env.amqpUrl);
    ch = await conn.createConfirmChannel();
  }, 60_000);

  afterAll(async () => {
    await conn?.close().catch(() => undefined);
    await Promise.all(dispatchers.filter((d): d is AppProcess => d !== null).map((d) => d.stop()));
    await ingest?.stop();
    for (const r of receivers) await r.stop();
    await env?.cleanup();
  }, 60_000);

  it('consumes each queue exactly once across the replicas, each replica its share, and delivers to every endpoint', async () => {
    await oneConsumerEach(10_000);
    const shares = await Promise.all(dispatchers.map((d) => d!.metric('dispatcher_consumed_endpoints')));
    console.log(`shares of ${ENDPOINTS} queues over ${REPLICAS} replicas: ${shares.join(' / ')}`);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(ENDPOINTS);
    for (const n of shares) expect(n).toBeGreaterThan(0);
    await everyEndpointReceived(await publishOne(), 10_000);
  });

  it('after a SIGKILL, the survivors take the dead replica’s share within the lease and a heartbeat, with no manual step', async () => {
    const victim = dispatchers[0]!;
    const share = await victim.metric('dispatcher_consumed_endpoints');
    await victim.stop('SIGKILL');
    dispatchers[0] = null;
    const killedAt = Date.now();
    const sentAfterKill = await publishOne();
    await oneConsumerEach(LEASE_MS + 4_000);
    const sinceKill = Date.now() - killedAt;
    console.log(`SIGKILL of a replica with ${share} queues: every queue consumed once again ${sinceKill} ms later (lease ${LEASE_MS} ms)`);
    expect(sinceKill).toBeLessThan(LEASE_MS + LEASE_MS / 3 + 2_000);
    await everyEndpointReceived(sentAfterKill, 10_000);
    const shares = await Promise.all(dispatchers.slice(1).map((d) => d!.metric('dispatcher_consumed_endpoints')));
    expect(shares.reduce((a, b) => a + b, 0)).toBe(ENDPOINTS);
  });

  it('on SIGTERM the replica deregisters: the last one takes its share at once, not after the lease', async () => {
    const leaving = dispatchers[1]!;
    await leaving.stop('SIGTERM');
    dispatchers[1] = null;
    const afterExit = await oneConsumerEach(LEASE_MS + 4_000);
    console.log(`SIGTERM: every queue consumed by the last replica ${afterExit} ms after the other exited`);
    expect(afterExit).toBeLessThan(LEASE_MS);
    expect(await dispatchers[2]!.metric('dispatcher_consumed_endpoints')).toBe(ENDPOINTS);
    await everyEndpointReceived(await publishOne(), 10_000);
  });

  it('is not ready while its own membership heartbeat is older than the lease, and ready again once it beats', async () => {
    const last = dispatchers[2]!;
    const ready = async () => {
      const res = await fetch(`${last.baseUrl}/health/ready`);
      return { status: res.status, body: (await res.json()) as { error?: Record<string, { status: string; message?: string }> } };
    };
    expect((await ready()).status).toBe(200);
    // Its beats fail (the registry is unreachable to it) while the app and its connections stay up.
    await query(env.databaseUrl, 'ALTER TABLE dispatcher_replicas RENAME TO dispatcher_replicas_away');
    try {
      const t0 = Date.now();
      let answer = await ready();
      while (answer.status === 200 && Date.now() - t0 < LEASE_MS * 3) {
        await sleep(100);
        answer = await ready();
      }
      console.log(`heartbeats failing: /health/ready answered ${answer.status} ${Date.now() - t0} ms later (lease ${LEASE_MS} ms)`);
      expect(answer.status).toBe(503);
      // Its last beat was written at most a beat interval (a third of the lease) before the rename.
      expect(Date.now() - t0).toBeGreaterThanOrEqual(LEASE_MS / 2);
      expect(answer.body.error?.membership?.status).toBe('down');
      expect(answer.body.error?.membership?.message).toMatch(/^membership heartbeat \d+ ms old, older than the lease \(3000 ms\)/);
    } finally {
      await query(env.databaseUrl, 'ALTER TABLE dispatcher_replicas_away RENAME TO dispatcher_replicas');
    }
    const t1 = Date.now();
    while ((await ready()).status !== 200 && Date.now() - t1 < LEASE_MS * 2) await sleep(100);
    expect((await ready()).status).toBe(200);
  });
});
