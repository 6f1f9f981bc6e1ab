import { ChildProcess } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { IngestClient } from '../../test/support/api-client';
import { freePort } from '../../test/support/app-process';
import { META_APP_SECRET } from '../../test/support/test-environment';
import { BenchApp, DISPATCHER_NICE, startHelper, stopHelper } from '../support/app';
import { BenchContext, Scenario, withEnvironment } from '../support/context';
import { cpuRows, CpuUsage, startCpu } from '../support/cpu';
import { ackToArrival, openLoop, senderPool } from '../support/load';
import { BenchReceiver } from '../support/receiver';
import { Row } from '../support/report';
import { int, ms, percentile, sleep } from '../support/stats';
import { signedStatusPayloads } from '../support/status-payloads';
import { startRunQueueWait } from '../support/sched';
import { EventTap } from '../support/tap';

const WABA_ID = '300000000000011';
const PHONE_NUMBER_ID = '300000000000012';
const RATE = 1_000;
/** Unmeasured open loop before each run: with 1 s, the first 2 s of the measured run still carried the start-up transient. */
const WARM_UP_S = 3;

interface Run {
  rate: number;
  sent: number;
  acked: number;
  failed: number;
  delivered: number;
  duplicates: number;
  p50: number;
  p99: number;
  max: number;
  ackP50: number;
  ackP99: number;
  /** Ack → the event reached a consumer of RabbitMQ (the bench's tap): the ingest's share. */
  toBroker50: number;
  toBroker99: number;
  /** The warm-up's acknowledgement p50 / p99 (not measured: what a process just started gives). */
  warmP50: number;
  warmP99: number;
  /** Lowest and highest acknowledgement p99 of the run's whole seconds. */
  secondP99Min: number;
  secondP99Max: number;
  /** CPU over the measured load (warm-up excluded) until the last event arrived. */
  cpu: CpuUsage;
  /** Per process label: ms per second of the window its threads were runnable but waiting for a core. */
  queued: Record<string, number>;
  /** The ingest's own view of the window (our path only): where an acknowledgement could wait. */
  ingest: IngestWaits | null;
  /** Mean attempts per attempt-record write over the window, all replicas (our path only). */
  recordBatch: number | null;
  /**
   * Event-loop delay p99 of the bench process itself (load generator, receiver and tap share it): an
   * acknowledgement or an arrival it reads late is measured late, whoever was slow.
   */
  benchLoopP99: number;
}

interface IngestWaits {
  commitMeanMs: number;
  /** Share of group commits (lookup + transaction) that took more than 50 ms. */
  commitsOver50: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

/** Group-commit durations and event-loop delay of the ingest between two scrapes (prom-client resets the loop histogram on each). */
async function ingestWaits(app: BenchApp): Promise<() => Promise<IngestWaits>> {
  const names = [
    'ingest_group_commit_duration_seconds_sum',
    'ingest_group_commit_duration_seconds_count',
    'ingest_group_commit_duration_seconds_bucket{le="0.05"}',
    'nodejs_eventloop_lag_p99_seconds',
    'nodejs_eventloop_lag_max_seconds',
  ];
  const read = async () => {
    const [sum, count, under50, loopP99, loopMax] = await app.metrics(names);
    return { sum, count, under50, loopP99, loopMax };
  };
  const before = await read();
  return async () => {
    const after = await read();
    const count = after.count - before.count;
    return {
      commitMeanMs: ((after.sum - before.sum) / count) * 1000,
      commitsOver50: 1 - (after.under50 - before.under50) / count,
      loopDelayP99Ms: after.loopP99 * 1000,
      loopDelayMaxMs: after.loopMax * 1000,
    };
  };
}

/** Acknowledgement p99 of each whole second of the run (by when the POST was sent). */
function ackP99PerSecond(sentAt: Map<string, number>, ackedAt: Map<string, number>, t0: number): number[] {
  const seconds: number[][] = [];
  for (const [id, sent] of sentAt) {
    const acked = ackedAt.get(id);
    if (acked !== undefined) (seconds[Math.floor((sent - t0) / 1000)] ??= []).push(acked - sent);
  }
  // The last second is partial (the run ends inside it).
  return seconds.slice(0, -1).map((lat) =>
    percentile(
      lat.sort((a, b) => a - b),
      99,
    ),
  );
}

/** Mean attempt-record batch of the dispatchers between now and the returned function's call. */
async function recordBatches(dispatchers: BenchApp[]): Promise<() => Promise<number>> {
  const names = ['dispatcher_attempt_record_batch_size_sum', 'dispatcher_attempt_record_batch_size_count'];
  const read = async () => (await Promise.all(dispatchers.map((d) => d.metrics(names)))).reduce(([s, c], [ds, dc]) => [s + ds, c + dc], [0, 0]);
  const [sum0, count0] = await read();
  return async () => {
    const [sum, count] = await read();
    return (sum - sum0) / (count - count0);
  };
}

/** Open loop at RATE through `origin` (after a short unmeasured warm-up), then ack → receiver latencies. */
async function measure(
  origin: string,
  receiver: BenchReceiver,
  tap: EventTap,
  seconds: number,
  processes: Record<string, (number | undefined)[]>,
  env: { databaseUrl: string; amqpUrl: string },
  app: BenchApp | null = null,
  dispatchers: BenchApp[] = [],
): Promise<Run> {
  // One sender pool for the warm-up and the run: the run starts on warm connections, as Meta's steady traffic arrives.
  // The warm-up lasts WARM_UP_S: a process just started (JIT, pools, plans) answers slowly for its first 2–3 s.
  const sender = senderPool(origin);
  const warm = await openLoop(origin, signedStatusPayloads(RATE * WARM_UP_S, WABA_ID, PHONE_NUMBER_ID, META_APP_SECRET), RATE, { pool: sender });
  await receiver.waitFor(RATE * WARM_UP_S, 20_000, 5_000);
  await sleep(500);
  receiver.reset();
  tap.reset();
  const meter = startCpu(processes, env);
  const waits = app ? await ingestWaits(app) : null;
  const batches = dispatchers.length ? await recordBatches(dispatchers) : null;
  const queues = Object.entries(processes).map(([name, pids]) => [name, startRunQueueWait(pids)] as const);
  const benchLoop = monitorEventLoopDelay({ resolution: 5 });
  benchLoop.enable();
  const t0 = performance.now();
  const load = await openLoop(origin, signedStatusPayloads(RATE * seconds, WABA_ID, PHONE_NUMBER_ID, META_APP_SECRET), RATE, { pool: sender });
  await sender.close();
  await receiver.waitFor(load.acked, 60_000, 10_000);
  const cpu = meter.stop();
  const windowS = (performance.now() - t0) / 1000;
  const queued = Object.fromEntries(queues.map(([name, q]) => [name, q.stop() / windowS]));
  benchLoop.disable();
  const ingest = waits ? await waits() : null;
  const recordBatch = batches ? await batches() : null;
  const perSecond = ackP99PerSecond(load.sentAt, load.ackedAt, t0);
  const lat = ackToArrival(load.ackedAt, receiver.firstArrivals());
  const toBroker = ackToArrival(load.ackedAt, tap.arrivals);
  return {
    rate: load.rate,
    sent: load.sent,
    acked: load.acked,
    failed: load.failed,
    delivered: lat.length,
    duplicates: receiver.duplicates(),
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    max: lat[lat.length - 1],
    warmP50: percentile(warm.ackLatency, 50),
    warmP99: percentile(warm.ackLatency, 99),
    secondP99Min: Math.min(...perSecond),
    secondP99Max: Math.max(...perSecond),
    ackP50: percentile(load.ackLatency, 50),
    ackP99: percentile(load.ackLatency, 99),
    toBroker50: percentile(toBroker, 50),
    toBroker99: percentile(toBroker, 99),
    cpu,
    queued,
    ingest,
    recordBatch,
    benchLoopP99: benchLoop.percentile(99) / 1e6,
  };
}

function describe(r: Run): string {
  return `sent ${int(r.sent)} at ${int(r.rate)}/s, acked ${int(r.acked)}, failed ${r.failed}, delivered ${int(r.delivered)}, duplicates ${r.duplicates}, max ${ms(r.max)}; POST → ack p99 ${ms(r.ackP99)} (per second ${ms(r.secondP99Min)}–${ms(r.secondP99Max)}; the ${WARM_UP_S} s warm-up before it, not measured: p50 ${ms(r.warmP50)}, p99 ${ms(r.warmP99)}); ack → in RabbitMQ p50 ${ms(r.toBroker50)}, p99 ${ms(r.toBroker99)}`;
}

async function run(ctx: BenchContext): Promise<Row[]> {
  const seconds = ctx.quick ? 5 : 15;
  // BENCH_E2E_CONCURRENCY: DELIVERY_CONCURRENCY_PER_ENDPOINT for this scenario (default 32, the app's default), to probe the per-endpoint window.
  const concurrency = process.env.BENCH_E2E_CONCURRENCY ?? '32';
  // Every replica on every queue: the 2-replica figure measures what a second consumer adds.
  return withEnvironment({ DELIVERY_CONCURRENCY_PER_ENDPOINT: concurrency, RECONCILE_INTERVAL: '30s', DISPATCHER_QUEUE_SHARING: 'all' }, async (env) => {
    const receiver = await new BenchReceiver().start();
    const tap = await new EventTap().start(env.amqpUrl);
    let ingest: BenchApp | null = null;
    let dispatchers: BenchApp[] = [];
    const children: ChildProcess[] = [];
    const runs: Run[] = [];
    let raw: Run;
    try {
      ingest = await BenchApp.start('ingest', env.env, ctx.execArgv);
      const client = new IngestClient(ingest.baseUrl);
      const ws = await client.createWorkspace('Benchmark e2e');
      await client.linkWaba(ws.id, WABA_ID);
      const hook = await client.createWebhook(ws.api_key, { url: `${receiver.origin}/hook`, events: ['message.status_updated'] });
      for (const replicas of [1, 2]) {
        dispatchers = await Promise.all(Array.from({ length: replicas }, () => BenchApp.start('dispatcher', env.env, ctx.execArgv)));
        await sleep(1000);
        const r = await measure(
          ingest.baseUrl,
          receiver,
          tap,
          seconds,
          { ingest: [ingest.pid], dispatcher: dispatchers.map((d) => d.pid) },
          env,
          ingest,
          dispatchers,
        );
        ctx.log(`e2e ${replicas} replica(s): p50 ${ms(r.p50)}, p99 ${ms(r.p99)}; ${describe(r)}`);
        runs.push(r);
        await Promise.all(dispatchers.map((d) => d.stop()));
        dispatchers = [];
        receiver.reset();
      }
      await ingest.stop();
      ingest = null;

      // The same path with no framework: raw ingest server (group commit + confirms) → raw consumer → receiver.
      const port = await freePort();
      const rawIngest = await startHelper('raw-ingest-server.ts', [String(port), env.databaseUrl, env.amqpUrl, 'wawh.events', ws.id, META_APP_SECRET]);
      children.push(rawIngest);
      const rawConsumer = await startHelper(
        'raw-dispatcher.ts',
        [env.amqpUrl, JSON.stringify([{ queue: `wawh.endpoint.${hook.id}`, url: `${receiver.origin}/hook` }]), '32'],
        DISPATCHER_NICE,
      );
      children.push(rawConsumer);
      raw = await measure(`http://127.0.0.1:${port}`, receiver, tap, seconds, { 'raw ingest server': [rawIngest.pid], 'raw consumer': [rawConsumer.pid] }, env);
      ctx.log(`e2e raw: p50 ${ms(raw.p50)}, p99 ${ms(raw.p99)}; ${describe(raw)}`);
    } finally {
      await Promise.all(dispatchers.map((d) => d.stop()));
      await Promise.all(children.map(stopHelper));
      await ingest?.stop();
      await tap.stop();
      await receiver.stop();
    }
    return runs.flatMap((r, i): Row[] => {
      const replicas = `${i + 1} replica${i ? 's' : ''}`;
      return [
        {
          scenario: 'end to end',
          measure: `Meta POST acked → received, p50 / p99, ${replicas}`,
          value: `${ms(r.p50)} / ${ms(r.p99)}`,
          raw: `${ms(raw.p50)} / ${ms(raw.p99)}`,
          target: i === 0 ? 'p50 ≤ 25 ms, p99 ≤ 100 ms' : 'p50 ≤ 25 ms, p99 ≤ 250 ms',
          note: `open loop ${RATE}/s for ${seconds} s, 1 endpoint, concurrency ${concurrency}: ${describe(r)}${i === 0 ? `; raw: raw ingest + raw consumer, ${int(raw.rate)}/s` : ''}`,
        },
        {
          scenario: 'end to end',
          measure: `Meta POST → 200 (acknowledgement) p50 / p99 while ${replicas} deliver${i ? '' : 's'}`,
          value: `${ms(r.ackP50)} / ${ms(r.ackP99)}`,
          raw: `${ms(raw.ackP50)} / ${ms(raw.ackP99)}`,
          target: i === 0 ? 'p99 ≤ 50 ms' : '',
          note: 'ingest and dispatcher(s) on the same 2 cores',
        },
        {
          scenario: 'end to end',
          measure: `where an acknowledgement waits, ${replicas}: ingest runnable but not running, ms per s`,
          value: int(r.queued.ingest),
          raw: int(raw.queued['raw ingest server']),
          target: '',
          note: `waiting for a core (/proc schedstat), summed over threads; load generator's own event-loop delay p99 ${ms(r.benchLoopP99)} (raw run ${ms(raw.benchLoopP99)}); dispatcher ${int(r.queued.dispatcher)} ms/s (raw consumer ${int(raw.queued['raw consumer'])})${r.ingest ? `; ingest group commit mean ${r.ingest.commitMeanMs.toFixed(1)} ms, ${(r.ingest.commitsOver50 * 100).toFixed(1)} % over 50 ms; ingest event-loop delay p99 ${ms(r.ingest.loopDelayP99Ms)}, max ${ms(r.ingest.loopDelayMaxMs)}` : ''}${r.recordBatch !== null ? `; mean attempt-record batch ${r.recordBatch.toFixed(1)}` : ''}`,
        },
        ...cpuRows('end to end', replicas, {
          ours: r.cpu,
          oursEvents: r.delivered,
          raw: raw.cpu,
          rawEvents: raw.delivered,
          pairs: [
            { ours: 'ingest', raw: 'raw ingest server', target: 1.5 },
            { ours: 'dispatcher', raw: 'raw consumer', target: 1.5 },
          ],
          unit: 'events',
        }),
      ];
    });
  });
}

export const e2eScenario: Scenario = {
  name: 'e2e',
  description: 'open-loop 1,000 events/s, Meta POST acknowledged → receiver has it, one and two dispatcher replicas',
  run,
};
