import amqp from 'amqplib';
import { createServer, Server } from 'node:http';
import { IngestClient } from '../../test/support/api-client';
import { BenchApp } from '../support/app';
import { BenchContext, Scenario, withEnvironment } from '../support/context';
import { Row } from '../support/report';
import { int, sleep } from '../support/stats';

const LIMIT = 50;
const REPLICAS = 3;

/** Arrival times (ms) per path on a keep-alive localhost receiver answering 200 at once. */
async function startReceiver(): Promise<{ server: Server; origin: string; arrivals: Map<string, number[]> }> {
  const arrivals = new Map<string, number[]>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const list = arrivals.get(req.url ?? '/') ?? [];
      list.push(performance.now());
      arrivals.set(req.url ?? '/', list);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, arrivals };
}

/** Deliveries per second from the first arrival to the last, and the busiest and calmest whole second. */
function perSecond(times: number[]): { rate: number; seconds: number; min: number; max: number } {
  if (times.length < 2) return { rate: 0, seconds: 0, min: 0, max: 0 };
  const t0 = times[0];
  const seconds = Math.floor((times[times.length - 1] - t0) / 1000);
  const buckets = Array<number>(Math.max(seconds, 1)).fill(0);
  for (const t of times) {
    const s = Math.floor((t - t0) / 1000);
    if (s < seconds) buckets[s]++;
  }
  const rate = (times.length - 1) / ((times[times.length - 1] - t0) / 1000);
  return { rate, seconds, min: Math.min(...buckets), max: Math.max(...buckets) };
}

async function run(ctx: BenchContext): Promise<Row[]> {
  const events = ctx.quick ? 750 : 1_500;
  // Every replica on the limited endpoint's queue, so the limit is held by the budget they share.
  return withEnvironment({ RECONCILE_INTERVAL: '2s', DISPATCHER_QUEUE_SHARING: 'all' }, async (env) => {
    const receiver = await startReceiver();
    let ingest: BenchApp | null = null;
    const dispatchers: BenchApp[] = [];
    let conn: amqp.ChannelModel | null = null;
    try {
      ingest = await BenchApp.start('ingest', env.env, ctx.execArgv);
      for (let i = 0; i < REPLICAS; i++) dispatchers.push(await BenchApp.start('dispatcher', env.env, ctx.execArgv));
      const client = new IngestClient(ingest.baseUrl);
      const ws = await client.createWorkspace('Benchmark rate limit');
      await client.createWebhook(ws.api_key, { url: `${receiver.origin}/limited`, events: ['message.received'], rate_limit_per_second: LIMIT });
      await client.createWebhook(ws.api_key, { url: `${receiver.origin}/free`, events: ['message.received'] });
      await sleep(2_000); // every replica consumes both queues

      conn = await amqp.connect(env.amqpUrl);
      const ch = await conn.createConfirmChannel();
      const t0 = performance.now();
      for (let i = 0; i < events; i++) {
        const id = `evt_rate_${i}`;
        const envelope = {
          id,
          type: 'message.received',
          created_at: new Date().toISOString(),
          workspace_id: ws.id,
          waba_id: 'w',
          phone_number_id: 'p',
          data: { i },
          raw: null,
        };
        ch.publish('wawh.events', `${ws.id}.message.received`, Buffer.from(JSON.stringify(envelope)), { persistent: true, messageId: id });
      }
      await ch.waitForConfirms();
      const publishedMs = performance.now() - t0;

      const deadline = performance.now() + (events / LIMIT) * 1000 * 2 + 30_000;
      const count = (p: string) => receiver.arrivals.get(p)?.length ?? 0;
      while ((count('/limited') < events || count('/free') < events) && performance.now() < deadline) await sleep(250);
      const limited = receiver.arrivals.get('/limited') ?? [];
      const free = receiver.arrivals.get('/free') ?? [];
      const l = perSecond(limited);
      const freeSeconds = free.length > 1 ? (free[free.length - 1] - t0) / 1000 : 0;
      const freeRate = freeSeconds > 0 ? free.length / freeSeconds : 0;
      const within = Math.abs(l.rate - LIMIT) <= LIMIT * 0.1;
      ctx.log(
        `rate-limit: ${events} events published in ${int(publishedMs)} ms; limited endpoint ${limited.length} received at ${l.rate.toFixed(1)}/s from first to last ` +
          `(per second min ${l.min}, max ${l.max}) with ${REPLICAS} replicas; unlimited endpoint ${free.length} in ${freeSeconds.toFixed(1)} s (${int(freeRate)}/s)`,
      );
      return [
        {
          scenario: 'rate-limit',
          measure: `endpoint limited to ${LIMIT}/s, ${REPLICAS} dispatcher replicas`,
          value: `${l.rate.toFixed(1)}/s`,
          raw: `${LIMIT}/s`,
          ratio: `${Math.round((l.rate / LIMIT) * 100)} %`,
          note: `${limited.length}/${events} received, first to last; over its ${l.seconds} whole seconds the busiest had ${l.max}, the calmest ${l.min}; ${within ? 'within' : 'OUTSIDE'} ±10 %`,
        },
        {
          scenario: 'rate-limit',
          measure: 'unlimited endpoint beside it, same events',
          value: `${int(freeRate)}/s`,
          raw: '—',
          note: `${free.length}/${events} received ${freeSeconds.toFixed(1)} s after the first publish, while the limited one was still draining`,
        },
      ];
    } finally {
      await conn?.close().catch(() => undefined);
      for (const d of dispatchers) await d.stop();
      await ingest?.stop();
      await new Promise<void>((r) => receiver.server.close(() => r()));
    }
  });
}

export const rateLimitScenario: Scenario = {
  name: 'rate-limit',
  description: `an endpoint limited to ${LIMIT}/s with ${REPLICAS} dispatcher replicas, and an unlimited one beside it`,
  run,
};
