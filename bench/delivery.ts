/**
 * Delivery benchmark (not a test; prints figures, asserts nothing).
 *
 *   npm run build && npx tsx bench/delivery.ts
 *
 * Starts its own ingest and dispatcher processes from dist/ with their own database and RabbitMQ vhost,
 * and a local keep-alive receiver, then measures:
 *   1. deliveries/s of one dispatcher replica draining a pre-filled backlog (1 endpoint, then 4 endpoints);
 *   2. end-to-end latency (signed Meta POST acknowledged by ingest → receiver has the event) at a
 *      steady 1,000 events/s, with one replica;
 *   3. the same with two replicas.
 * Options (env): BENCH_BACKLOG (events, default 10000), BENCH_RATE (events/s, default 1000),
 * BENCH_SECONDS (default 10), DELIVERY_CONCURRENCY_PER_ENDPOINT (default 32), BENCH_SKIP_E2E=1.
 */
import amqp from 'amqplib';
import { createServer, Server } from 'node:http';
import { Pool } from 'undici';
import { IngestClient, loadMetaFixture, metaSignature, withWabaId } from '../test/support/api-client';
import { AppProcess } from '../test/support/app-process';
import { createTestEnvironment, TestEnvironment } from '../test/support/test-environment';

const BACKLOG = Number(process.env.BENCH_BACKLOG ?? 10_000);
const RATE = Number(process.env.BENCH_RATE ?? 1_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A customer endpoint that answers 200 at once and notes when each event arrived. */
class Receiver {
  count = 0;
  firstAt = 0;
  lastAt = 0;
  readonly arrivals = new Map<string, number>();
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const now = performance.now();
        if (this.count === 0) this.firstAt = now;
        this.lastAt = now;
        this.count++;
        const key = this.keyOf(Buffer.concat(chunks));
        if (key && !this.arrivals.has(key)) this.arrivals.set(key, now);
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/hook`;
    return this;
  }

  /** The Meta message id (phase 2/3) or the event id (phase 1). */
  private keyOf(body: Buffer): string | null {
    const text = body.toString('utf8');
    const m = /"message_id":"([^"]+)"/.exec(text) ?? /"id":"([^"]+)"/.exec(text);
    return m ? m[1] : null;
  }

  reset(): void {
    this.count = 0;
    this.firstAt = 0;
    this.lastAt = 0;
    this.arrivals.clear();
  }

  async waitFor(count: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.count < count && Date.now() < deadline) await sleep(20);
    return this.count >= count;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function scrape(app: AppProcess, name: string): Promise<string[]> {
  const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
  return text.split('\n').filter((l) => l.startsWith(name));
}

async function drainThroughput(env: TestEnvironment, client: IngestClient, endpoints: number): Promise<void> {
  const receiver = await new Receiver().start();
  const ws = await client.createWorkspace(`bench drain ${endpoints}`);
  for (let i = 0; i < endpoints; i++) {
    await client.createWebhook(ws.api_key, { url: `${receiver.url}?e=${i}`, events: ['message.received'] });
  }
  // Fill the queues while no dispatcher runs, then time one replica draining them.
  const conn = await amqp.connect(env.amqpUrl);
  const ch = await conn.createConfirmChannel();
  const events = Math.ceil(BACKLOG / endpoints);
  for (let i = 0; i < events; i++) {
    const id = `evt_bench_${endpoints}_${i}`;
    const envelope = { id, type: 'message.received', created_at: new Date().toISOString(), workspace_id: ws.id, waba_id: 'w', phone_number_id: 'p', data: { i, text: { body: 'hello from the benchmark' } }, raw: null };
    ch.publish('wawh.events', `${ws.id}.message.received`, Buffer.from(JSON.stringify(envelope)), { persistent: true, messageId: id });
    if (i % 1000 === 999) await ch.waitForConfirms();
  }
  await ch.waitForConfirms();
  await conn.close();
  const total = events * endpoints;

  const dispatcher = await AppProcess.start('dispatcher', env.env);
  const done = await receiver.waitFor(total, 120_000);
  const seconds = (receiver.lastAt - receiver.firstAt) / 1000;
  // Let the last records land, then read what the dispatcher says about its batches.
  await sleep(500);
  const batches = await scrape(dispatcher, 'dispatcher_attempt_record_batch_size_');
  const sum = Number(batches.find((l) => l.startsWith('dispatcher_attempt_record_batch_size_sum'))?.split(' ').pop());
  const count = Number(batches.find((l) => l.startsWith('dispatcher_attempt_record_batch_size_count'))?.split(' ').pop());
  console.log(
    `drain, 1 replica, ${endpoints} endpoint(s): ${receiver.count}/${total} deliveries in ${seconds.toFixed(2)} s → ` +
      `${Math.round(receiver.count / seconds)} deliveries/s${done ? '' : ' (INCOMPLETE)'}; mean attempt-record batch ${(sum / count).toFixed(1)}`,
  );
  await dispatcher.stop();
  await receiver.stop();
}

async function latencyRun(env: TestEnvironment, client: IngestClient, replicas: number): Promise<void> {
  const receiver = await new Receiver().start();
  const ws = await client.createWorkspace(`bench latency ${replicas}`);
  const wabaId = `31${replicas}0000000000${Math.floor(Math.random() * 1000)}`;
  await client.linkWaba(ws.id, wabaId);
  await client.createWebhook(ws.api_key, { url: receiver.url, events: ['message.received'] });
  const dispatchers: AppProcess[] = [];
  for (let i = 0; i < replicas; i++) dispatchers.push(await AppProcess.start('dispatcher', env.env));
  await sleep(500);

  const template = withWabaId(loadMetaFixture('messages-text.json'), wabaId) as { entry: { changes: { value: { messages: { id: string }[] } }[] }[] };
  const pool = new Pool(new URL(client.baseUrl).origin, { connections: 64, pipelining: 1 });
  const acked = new Map<string, number>();
  const sent = new Map<string, number>();
  let failures = 0;
  const total = RATE * SECONDS;
  const tickMs = 10;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let n = 0; n < total; ) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * RATE) + 1);
    for (; n < due; n++) {
      const messageId = `wamid.bench.${replicas}.${n}`;
      template.entry[0].changes[0].value.messages[0].id = messageId;
      const raw = JSON.stringify(template);
      sent.set(messageId, performance.now());
      inFlight.push(
        pool
          .request({ method: 'POST', path: '/meta/webhook', body: raw, headers: { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(raw) } })
          .then(async (res) => {
            await res.body.dump();
            if (res.statusCode === 200) acked.set(messageId, performance.now());
            else failures++;
          })
          .catch(() => void failures++),
      );
    }
    await sleep(tickMs);
  }
  await Promise.all(inFlight);
  const sendSeconds = (performance.now() - started) / 1000;
  await receiver.waitFor(acked.size, 60_000);
  await pool.close();

  const fromAck: number[] = [];
  const fromSend: number[] = [];
  for (const [id, ackAt] of acked) {
    const at = receiver.arrivals.get(id);
    if (at === undefined) continue;
    fromAck.push(Math.max(0, at - ackAt));
    fromSend.push(at - sent.get(id)!);
  }
  fromAck.sort((a, b) => a - b);
  fromSend.sort((a, b) => a - b);
  const f = (v: number) => v.toFixed(1);
  console.log(
    `e2e at ${RATE}/s for ${SECONDS} s, ${replicas} replica(s): sent ${total} in ${sendSeconds.toFixed(1)} s (${Math.round(total / sendSeconds)}/s), ` +
      `acked ${acked.size}, failed ${failures}, delivered ${fromAck.length} (+${receiver.count - receiver.arrivals.size} duplicates)\n` +
      `  Meta POST acked → received: p50 ${f(percentile(fromAck, 50))} ms, p99 ${f(percentile(fromAck, 99))} ms, max ${f(fromAck[fromAck.length - 1])} ms\n` +
      `  Meta POST sent  → received: p50 ${f(percentile(fromSend, 50))} ms, p99 ${f(percentile(fromSend, 99))} ms`,
  );
  for (const d of dispatchers) await d.stop();
  await receiver.stop();
}

async function main(): Promise<void> {
  const env = await createTestEnvironment({
    LOG_LEVEL: 'warn',
    RECONCILE_INTERVAL: '5s',
    DELIVERY_CONCURRENCY_PER_ENDPOINT: process.env.DELIVERY_CONCURRENCY_PER_ENDPOINT ?? '32',
  });
  let ingest: AppProcess | null = null;
  try {
    ingest = await AppProcess.start('ingest', env.env);
    const client = new IngestClient(ingest.baseUrl);
    console.log(`delivery benchmark (database ${env.databaseUrl.split('/').pop()}, vhost ${env.vhost})`);
    await drainThroughput(env, client, 1);
    await drainThroughput(env, client, 4);
    if (!process.env.BENCH_SKIP_E2E) {
      await latencyRun(env, client, 1);
      await latencyRun(env, client, 2);
    }
  } finally {
    await ingest?.stop();
    await env.cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
