import { IngestClient, loadMetaFixture } from './support/api-client';
import { AmqpTap } from './support/amqp-tap';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { TcpProxy } from './support/tcp-proxy';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { sleep } from './support/wait';

const WABA = '103850127645201';

/** A status POST with its own wamid, so every call is a new event. */
function statusPost(n: number): Record<string, any> {
  const body = loadMetaFixture('statuses-delivered.json') as Record<string, any>;
  body.entry[0].changes[0].value.statuses[0].id = `wamid.outage-test-${n}`;
  return body;
}

describe('ingest: durable acceptance through RabbitMQ and PostgreSQL outages', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let client: IngestClient;
  let tap: AmqpTap;
  const broker = new TcpProxy(5672);
  const postgres = new TcpProxy(5432);

  const unpublished = async () => (await query<{ n: number }>(env.databaseUrl, 'SELECT count(*)::int AS n FROM events WHERE published_at IS NULL'))[0].n;
  const waitUntil = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(100);
    }
  };

  beforeAll(async () => {
    env = await createTestEnvironment({ OUTBOX_RELAY_AFTER: '2s' });
    await broker.start();
    await postgres.start();
    ingest = await AppProcess.start('ingest', {
      ...env.env,
      AMQP_URL: broker.rewrite(env.amqpUrl),
      DATABASE_URL: postgres.rewrite(env.databaseUrl),
    });
    client = new IngestClient(ingest.baseUrl);
    tap = await new AmqpTap(env.amqpUrl).start();
    const ws = await client.createWorkspace();
    await client.linkWaba(ws.id, WABA);
  });

  afterAll(async () => {
    await tap?.stop();
    await ingest?.stop();
    await broker.stop();
    await postgres.stop();
    await env?.cleanup();
  });

  it('answers 200 while RabbitMQ is unreachable and publishes every event exactly once when it is back', async () => {
    await broker.cut();
    await sleep(300);
    const started = Date.now();
    const answers = await Promise.all([1, 2, 3].map((n) => client.postMeta(statusPost(n))));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.body.events)).toEqual([1, 1, 1]);
    expect(Date.now() - started).toBeLessThan(2000); // Meta is not kept waiting for the broker

    await sleep(2500); // past OUTBOX_RELAY_AFTER: the relay must not publish into a dead connection
    expect(tap.messages).toHaveLength(0);
    expect(await unpublished()).toBe(3);

    await broker.restore();
    await tap.waitFor(3, 15_000);
    await waitUntil('published_at on every event', async () => (await unpublished()) === 0);
    await sleep(2500); // a second copy (reconnect buffer + relay) would have arrived by now
    expect(tap.messages.map((m) => m.json.data.message_id).sort()).toEqual(['wamid.outage-test-1', 'wamid.outage-test-2', 'wamid.outage-test-3']);
  });

  it('answers 503 while PostgreSQL is unreachable (nothing acknowledged without a commit), and 200 again after', async () => {
    await postgres.cut();
    const res = await client.postMeta(statusPost(10));
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 503, code: 'service_unavailable' });
    await postgres.restore();
    const stored = await query(env.databaseUrl, `SELECT id FROM events WHERE envelope->'data'->>'message_id' = 'wamid.outage-test-10'`);
    expect(stored).toHaveLength(0);

    // Meta retries: the pool reconnects and the change is accepted once.
    let retry = await client.postMeta(statusPost(10));
    for (let i = 0; i < 20 && retry.status !== 200; i++) {
      await sleep(250);
      retry = await client.postMeta(statusPost(10));
    }
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual({ events: 1, duplicates: 0, unhandled: 0 });
    await waitUntil('the event on the broker', () => tap.messages.some((m) => m.json.data.message_id === 'wamid.outage-test-10'));
  });

  it('loses nothing when the ingest crashes with events acknowledged but not published: the next process relays them', async () => {
    const before = tap.messages.length;
    await broker.cut();
    await sleep(300);
    const res = await client.postMeta(statusPost(20));
    expect(res.status).toBe(200);
    await ingest.stop('SIGKILL');
    await broker.restore();
    await ingest.launch();
    await tap.waitFor(before + 1, 15_000);
    await sleep(2500);
    expect(tap.messages.slice(before).map((m) => m.json.data.message_id)).toEqual(['wamid.outage-test-20']);
    expect(await unpublished()).toBe(0);
  });
});
