import amqp from 'amqplib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { IngestClient } from '../../test/support/api-client';
import { PrivateRabbitMq } from '../../test/support/private-rabbitmq';
import { BenchApp } from '../support/app';
import { createEndpoints } from '../support/endpoint-creator';
import { BenchContext, Scenario, withEnvironment } from '../support/context';
import { CpuMeter, rabbitmq, startCpu } from '../support/cpu';
import { BenchReceiver } from '../support/receiver';
import { Row } from '../support/report';
import { int, mb, ms, percentile, sleep, sortedCopy } from '../support/stats';

const exec = promisify(execFile);
const CREATE_CONCURRENCY = 32;
const REPLICAS = 3;
const PROBES = 5;
const IDLE_SECONDS = 60;
const EVENT_TYPE = 'message.received';

/** rabbitmqctl / rabbitmq-diagnostics against the scenario's own node; stdout. */
async function ctl(tool: 'rabbitmqctl' | 'rabbitmq-diagnostics', node: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec(tool, ['-q', '-n', node, ...args], { timeout: 300_000, maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** The node's allocated memory (bytes) without the unused reserve, and its queue processes' share. */
async function nodeMemory(node: string): Promise<{ total: number; queues: number }> {
  let total = 0;
  let queues = 0;
  for (const line of (await ctl('rabbitmq-diagnostics', node, 'memory_breakdown', '--unit', 'mb')).split('\n')) {
    const m = /^(\w+): ([\d.]+) mb/.exec(line.trim());
    if (!m || m[1] === 'reserved_unallocated' || m[1] === 'allocated_unused') continue;
    const bytes = Number(m[2]) * 1024 * 1024;
    total += bytes;
    if (m[1] === 'queue_procs') queues = bytes;
  }
  return { total, queues };
}

/** Memory the broker reports for the vhost's queues (bytes) and how many there are. */
async function queueMemory(node: string, vhost: string): Promise<{ bytes: number; queues: number }> {
  const lines = (await ctl('rabbitmqctl', node, 'list_queues', '-p', vhost, 'memory', '--no-table-headers')).split('\n').filter((l) => l.trim());
  return { bytes: lines.reduce((s, l) => s + (Number(l.trim()) || 0), 0), queues: lines.length };
}

/**
 * Classic queue v1 against v2 on an otherwise idle node: `count` durable queues with one consumer each
 * (as a dispatcher has them), v2 chosen by policy (`queue-version`), which needs no queue argument.
 * Per queue: what list_queues reports, and the node's growth.
 */
async function perQueueMemory(rmq: PrivateRabbitMq, version: 1 | 2, count: number): Promise<{ listed: number; node: number; versions: string }> {
  const vhost = `probe-v${version}`;
  const url = await rmq.addVhost(vhost);
  if (version === 2) await rmq.ctl('set_policy', '-p', vhost, '--apply-to', 'queues', 'queue-version', '.*', '{"queue-version":2}');
  await sleep(2000);
  const before = await nodeMemory(rmq.nodeName);
  const conn = await amqp.connect(url);
  try {
    const ch = await conn.createChannel();
    for (let i = 0; i < count; i++) {
      await ch.assertQueue(`q.${i}`, { durable: true, arguments: { 'x-queue-type': 'classic' } });
      await ch.consume(`q.${i}`, () => undefined, { noAck: false });
    }
    await sleep(5000);
    const after = await nodeMemory(rmq.nodeName);
    const { bytes, queues } = await queueMemory(rmq.nodeName, vhost);
    // The policy the queues run under (v2 where it is the queue-version policy above).
    const policies = (await ctl('rabbitmqctl', rmq.nodeName, 'list_queues', '-p', vhost, 'policy', '--no-table-headers')).split('\n');
    const v2 = policies.filter((l) => l.trim() === 'queue-version').length;
    return { listed: bytes / queues, node: (after.total - before.total) / count, versions: `${v2}/${queues} under a queue-version policy` };
  } finally {
    await conn.close().catch(() => undefined);
    // Deleting thousands of queues can outlast rabbitmqctl's timeout on a busy box; the node is private anyway.
    await rmq.ctl('delete_vhost', vhost).catch(() => undefined);
  }
}

/** What the broker alone allows: what a create asks of it, with nothing else of ours running. */
interface RawTopology {
  perSecond: number;
  /** RabbitMQ CPU ms per queue declared and bound. */
  brokerMs: number;
}

/**
 * The raw limit of endpoint creation on this node: `count` durable queues declared and bound twice
 * (what a create with two event types asks of the broker), over as many channels as there are
 * concurrent creates, by one amqplib client; in a vhost of its own, deleted after.
 */
async function rawTopology(rmq: PrivateRabbitMq, count: number): Promise<RawTopology> {
  const vhost = 'raw-topology';
  const url = await rmq.addVhost(vhost);
  const conn = await amqp.connect(url);
  try {
    const channels = await Promise.all(Array.from({ length: CREATE_CONCURRENCY }, () => conn.createChannel()));
    await channels[0].assertExchange('events', 'topic', { durable: true });
    const meter = CpuMeter.start({ broker: rabbitmq(url) });
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      channels.map(async (ch) => {
        while (next < count) {
          const i = next++;
          await ch.assertQueue(`q.${i}`, { durable: true, arguments: { 'x-queue-type': 'classic' } });
          await ch.bindQueue(`q.${i}`, 'events', `w.${i}.message.received`);
          await ch.bindQueue(`q.${i}`, 'events', `w.${i}.message.status_updated`);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    return { perSecond: count / seconds, brokerMs: meter.stop().ms.broker / count };
  } finally {
    await conn.close().catch(() => undefined);
    await rmq.ctl('delete_vhost', vhost).catch(() => undefined);
  }
}

async function cpuSeconds(app: BenchApp): Promise<number> {
  return app.metric('process_cpu_seconds_total');
}

/** Sum and count of a histogram of the dispatcher (`name_sum{labels}` / `name_count{labels}`), NaN when absent. */
async function histogram(app: BenchApp, name: string, labels: string): Promise<{ sum: number; count: number }> {
  return { sum: await app.metric(`${name}_sum{${labels}}`), count: await app.metric(`${name}_count{${labels}}`) };
}

type Sharing = 'shared' | 'all';

/** `--control-plane-endpoints N` and `--control-plane-sharing shared,all` (this scenario's own options). */
function option(name: string): string {
  const i = process.argv.indexOf(`--control-plane-${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? '') : '';
}

/**
 * Shared: seconds until the replicas' shares add up to `n` and each sees all of them alive (one entry).
 * All: seconds until each replica consumes all `n` (one entry per replica).
 */
async function waitConsumed(dispatchers: BenchApp[], n: number, timeoutMs: number, sharing: Sharing = 'all'): Promise<number[]> {
  const t0 = performance.now();
  if (sharing === 'shared') {
    while (performance.now() - t0 < timeoutMs) {
      const shares = await Promise.all(dispatchers.map((d) => d.metric('dispatcher_consumed_endpoints')));
      const live = await Promise.all(dispatchers.map((d) => d.metric('dispatcher_live_replicas')));
      if (shares.reduce((a, b) => a + b, 0) >= n && live.every((l) => l === dispatchers.length)) return [(performance.now() - t0) / 1000];
      await sleep(500);
    }
    return [NaN];
  }
  const done: number[] = dispatchers.map(() => NaN);
  while (performance.now() - t0 < timeoutMs && done.some((d) => Number.isNaN(d))) {
    for (const [i, d] of dispatchers.entries()) {
      if (!Number.isNaN(done[i])) continue;
      if ((await d.metric('dispatcher_consumed_endpoints')) >= n) done[i] = (performance.now() - t0) / 1000;
    }
    await sleep(500);
  }
  return done;
}

async function run(ctx: BenchContext): Promise<Row[]> {
  const endpoints = Number(option('endpoints')) || (ctx.quick ? 5_000 : 50_000);
  const modes = (option('sharing') || 'shared,all').split(',').filter((m): m is Sharing => m === 'shared' || m === 'all');
  const rmq = await PrivateRabbitMq.start();
  const rows: Row[] = [];
  try {
    ctx.log(`control-plane: private RabbitMQ node ${rmq.nodeName} on port ${rmq.port}`);
    const probeQueues = ctx.quick ? 1_000 : 3_000;
    const v1 = await perQueueMemory(rmq, 1, probeQueues);
    const v2 = await perQueueMemory(rmq, 2, probeQueues);
    const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
    ctx.log(
      `control-plane: per classic queue with a consumer (${int(probeQueues)} queues): v1 ${kib(v1.listed)} listed, ${kib(v1.node)} node (${v1.versions}); ` +
        `v2 ${kib(v2.listed)} listed, ${kib(v2.node)} node (${v2.versions})`,
    );
    rows.push({
      scenario: 'control-plane',
      measure: 'RabbitMQ memory per idle endpoint queue (+1 consumer), classic v1 / v2',
      value: `${kib(v1.node)} / ${kib(v2.node)}`,
      raw: '—',
      note: `node growth per queue over ${int(probeQueues)} queues; list_queues reports ${kib(v1.listed)} / ${kib(v2.listed)}; v2 by policy queue-version`,
    });

    const raw = await rawTopology(rmq, ctx.quick ? 2_000 : 5_000);
    ctx.log(
      `control-plane: raw declare + 2 binds over ${CREATE_CONCURRENCY} channels: ${int(raw.perSecond)}/s, RabbitMQ ${raw.brokerMs.toFixed(2)} CPU ms per queue`,
    );
    for (const sharing of modes) rows.push(...(await measure(ctx, rmq, endpoints, sharing, raw)));
    return rows;
  } finally {
    await rmq.destroy();
  }
}

/** The main run in one sharing mode, on a fresh database and the node's default vhost (emptied after). */
async function measure(ctx: BenchContext, rmq: PrivateRabbitMq, endpoints: number, sharing: Sharing, raw: RawTopology): Promise<Row[]> {
  const rows: Row[] = [];
  const mode = `DISPATCHER_QUEUE_SHARING=${sharing}`;
  // A vhost per mode, so the other mode's queues count in neither the memory nor the queue figures.
  const vhost = `control-plane-${sharing}`;
  const amqpUrl = await rmq.addVhost(vhost);
  // v2 on every classic queue, by policy (no queue argument), to see it at 50,000 queues too.
  await rmq.ctl('set_policy', '-p', vhost, '--apply-to', 'queues', 'queue-version', '.*', '{"queue-version":2}');
  try {
    // One API key creates every endpoint: its rate limit (20/s by default) would be measured instead.
    const overrides = {
      DISPATCHER_QUEUE_SHARING: sharing,
      MAX_ENDPOINTS_PER_WORKSPACE: String(endpoints + 10),
      AMQP_URL: amqpUrl,
      RECONCILE_INTERVAL: '30s',
      API_RATE_LIMIT_PER_SECOND: '100000',
      API_RATE_LIMIT_BURST: '100000',
    };
    rows.push(
      ...(await withEnvironment(overrides, async (env) => {
        const receiver = await new BenchReceiver().start();
        let ingest: BenchApp | null = null;
        let dispatchers: BenchApp[] = [];
        let conn: amqp.ChannelModel | null = null;
        try {
          ingest = await BenchApp.start('ingest', env.env, ctx.execArgv);
          dispatchers = await Promise.all(Array.from({ length: REPLICAS }, () => BenchApp.start('dispatcher', env.env, ctx.execArgv)));
          const client = new IngestClient(ingest.baseUrl);
          const ws = await client.createWorkspace('Benchmark control plane');
          await sleep(1000);
          const rabbitBefore = await nodeMemory(rmq.nodeName);

          const cpu = startCpu({ ingest: [ingest.pid], dispatchers: dispatchers.map((d) => d.pid) }, { databaseUrl: env.env.DATABASE_URL, amqpUrl });
          const {
            seconds: createSeconds,
            latencies: createLatency,
            failures,
          } = await createEndpoints({
            ingestUrl: ingest.baseUrl,
            apiKey: ws.api_key,
            receiverOrigin: receiver.origin,
            count: endpoints,
            concurrency: CREATE_CONCURRENCY,
            events: [EVENT_TYPE, 'message.status_updated'],
            label: 'control-plane',
            logEvery: 5000,
            log: (line) => ctx.log(line),
          });
          const created = endpoints - failures;
          const createCpu = cpu.stop().ms;
          const perCreate = (name: string) => (createCpu[name] / endpoints).toFixed(2);
          const cpuNote =
            `CPU ms per create: ingest ${perCreate('ingest')}, dispatchers ${perCreate('dispatchers')}, ` +
            `PostgreSQL ${perCreate('PostgreSQL (this database)')}, RabbitMQ ${perCreate('RabbitMQ (whole node)')} (raw ${raw.brokerMs.toFixed(2)})`;
          ctx.log(`control-plane [${sharing}]: ${cpuNote}`);

          const consumedAfter = await waitConsumed(dispatchers, created, 600_000, sharing);
          const shares = await Promise.all(dispatchers.map((d) => d.metric('dispatcher_consumed_endpoints')));
          ctx.log(
            `control-plane [${sharing}]: ${sharing === 'shared' ? `the replicas' shares (${shares.join(' + ')}) cover` : 'every replica consumes'} ${created} queues ${consumedAfter.map((s) => `+${s.toFixed(1)} s`).join(', ')} after the last create`,
          );

          // Idle: nothing is delivered; what the replicas spend is the control plane's own cost.
          await sleep(10_000);
          const cpu0 = await Promise.all(dispatchers.map(cpuSeconds));
          await sleep(IDLE_SECONDS * 1000);
          const cpu1 = await Promise.all(dispatchers.map(cpuSeconds));
          const idleCpu = cpu1.map((c, i) => ((c - cpu0[i]) / IDLE_SECONDS) * 100);
          const rss = await Promise.all(dispatchers.map((d) => d.rssBytes()));
          const rabbitAfter = await nodeMemory(rmq.nodeName);
          const queues = await queueMemory(rmq.nodeName, vhost);
          const endpointQueues = queues.queues;
          ctx.log(
            `control-plane: idle CPU ${idleCpu.map((c) => `${c.toFixed(1)} %`).join(', ')}; RSS ${rss.map(mb).join(', ')}; ` +
              `rabbit ${mb(rabbitBefore.total)} → ${mb(rabbitAfter.total)}, ${int(endpointQueues)} queues report ${mb(queues.bytes)}`,
          );

          // A new endpoint's first event: the queue exists when the create answers, the event waits in it
          // until a replica consumes it (control message, else the next poll).
          conn = await amqp.connect(amqpUrl);
          const ch = await conn.createConfirmChannel();
          const firstEvent: number[] = [];
          for (let p = 0; p < PROBES; p++) {
            const probeWs = await client.createWorkspace(`Probe ${p}`);
            const path = `/probe?p=${p}`;
            const hook = await client.createWebhook(probeWs.api_key, { url: `${receiver.origin}${path}`, events: [EVENT_TYPE] });
            const created = performance.now();
            const envelope = {
              id: `evt_probe_${p}_${Date.now()}`,
              type: EVENT_TYPE,
              created_at: new Date().toISOString(),
              workspace_id: probeWs.id,
              waba_id: 'w',
              phone_number_id: null,
              data: { id: `wamid.probe${p}` },
              raw: null,
            };
            ch.publish(`${env.env.AMQP_NAMESPACE ?? 'wawh'}.events`, `${probeWs.id}.${EVENT_TYPE}`, Buffer.from(JSON.stringify(envelope)), {
              persistent: true,
              messageId: envelope.id,
            });
            await ch.waitForConfirms();
            const deadline = Date.now() + 120_000;
            while (Date.now() < deadline && !receiver.byPath.get(path)?.size) await sleep(5);
            const arrival = receiver.byPath.get(path)?.values().next().value?.first;
            firstEvent.push(arrival === undefined ? NaN : arrival - created);
            if (arrival === undefined) ctx.log(`control-plane: probe endpoint ${hook.id} received nothing in 120 s`);
            await sleep(1000);
          }
          const firstSorted = sortedCopy(firstEvent.filter(Number.isFinite));

          // A reconcile pass: the dispatcher's own timings when it has them, and a replica replaced (it reads every endpoint at start).
          const inc = await histogram(dispatchers[0], 'dispatcher_reconcile_seconds', 'kind="incremental"');
          await dispatchers[REPLICAS - 1].stop();
          const tRestart = performance.now();
          dispatchers[REPLICAS - 1] = await BenchApp.start('dispatcher', env.env, ctx.execArgv);
          const [restartConsumed] =
            sharing === 'shared'
              ? await waitConsumed(dispatchers, created, 600_000, sharing)
              : await waitConsumed([dispatchers[REPLICAS - 1]], created, 600_000);
          const restartShare = await dispatchers[REPLICAS - 1].metric('dispatcher_consumed_endpoints');
          const restartSeconds = (performance.now() - tRestart) / 1000;
          // The replacement's start-up pass read every endpoint (the first replicas' ran on an empty table).
          const full = await histogram(dispatchers[REPLICAS - 1], 'dispatcher_reconcile_seconds', 'kind="full"');
          ctx.log(
            `control-plane [${sharing}]: a new replica ${sharing === 'shared' ? `takes its share (${restartShare} queues; all ${created} covered)` : `consumes all ${created} queues`} ${restartSeconds.toFixed(1)} s after its start (${restartConsumed.toFixed(1)} s after ready); ` +
              `full passes ${int(full.count)} avg ${ms((full.sum / full.count) * 1000)}, incremental ${int(inc.count)} avg ${ms((inc.sum / inc.count) * 1000)}; ` +
              `first event ${firstEvent.map(ms).join(', ')}`,
          );

          const n = int(endpoints);
          return [
            {
              scenario: 'control-plane',
              measure: `create endpoint (API), one workspace, 0 → ${n}, ${mode}`,
              value: `${int(endpoints / createSeconds)} creates/s`,
              raw: `${int(raw.perSecond)}/s`,
              note:
                `${CREATE_CONCURRENCY} concurrent creates, p50 ${ms(percentile(createLatency, 50))}, p99 ${ms(percentile(createLatency, 99))}, ${failures} failed; ${REPLICAS} dispatcher replicas running; ` +
                `raw = the broker alone declaring and binding queues as a create does (${CREATE_CONCURRENCY} channels); ${cpuNote}`,
            },
            {
              scenario: 'control-plane',
              measure:
                sharing === 'shared'
                  ? `the replicas' shares cover all ${n} queues (${shares.join(' + ')}), after the last create`
                  : `every replica consumes all ${n} queues, after the last create`,
              value: consumedAfter.map((s) => `${s.toFixed(1)} s`).join(' / '),
              raw: '—',
            },
            {
              scenario: 'control-plane',
              measure: `RabbitMQ memory, ${n} endpoint queues × ${sharing === 'shared' ? 1 : REPLICAS} consumers (v2 by policy), ${mode}`,
              value: `${mb(rabbitAfter.total - rabbitBefore.total)}`,
              raw: '—',
              note: `node ${mb(rabbitBefore.total)} → ${mb(rabbitAfter.total)} (queue processes ${mb(rabbitBefore.queues)} → ${mb(rabbitAfter.queues)}); list_queues: ${(queues.bytes / endpointQueues / 1024).toFixed(1)} KiB per queue over ${int(endpointQueues)} queues`,
            },
            {
              scenario: 'control-plane',
              measure: `dispatcher at idle with ${n} endpoints: CPU / RSS per replica, ${mode}`,
              value: `${idleCpu.map((c) => `${c.toFixed(1)} %`).join(' / ')} · ${rss.map(mb).join(' / ')}`,
              raw: '—',
              note: `CPU of one core over ${IDLE_SECONDS} s with nothing to deliver`,
            },
            {
              scenario: 'control-plane',
              measure: `new endpoint → its first event, at ${n} endpoints (p50 / max of ${PROBES}), ${mode}`,
              value: `${ms(percentile(firstSorted, 50))} / ${ms(firstSorted[firstSorted.length - 1])}`,
              raw: '—',
              note: 'from the create answer to the receiver; the event is published right after the create',
            },
            {
              scenario: 'control-plane',
              measure: `reconcile pass at ${n}: full / incremental (avg), ${mode}`,
              value: `${Number.isFinite(full.count) ? ms((full.sum / full.count) * 1000) : '—'} / ${Number.isFinite(inc.count) ? ms((inc.sum / inc.count) * 1000) : '—'}`,
              raw: '—',
              note:
                sharing === 'shared'
                  ? `a replaced replica takes its share (${restartShare} queues) and all ${n} are covered ${restartSeconds.toFixed(1)} s after it was started`
                  : `a replaced replica consumes all ${n} queues ${restartSeconds.toFixed(1)} s after it was started`,
            },
          ];
        } finally {
          await conn?.close().catch(() => undefined);
          await Promise.all(dispatchers.map((d) => d.stop()));
          await ingest?.stop();
          await receiver.stop();
        }
      })),
    );
    return rows;
  } finally {
    await rmq.ctl('delete_vhost', vhost).catch(() => undefined);
  }
}

export const controlPlaneScenario: Scenario = {
  name: 'control-plane',
  description:
    `50,000 endpoints (5,000 with --quick; --control-plane-endpoints N), ${REPLICAS} dispatcher replicas sharing the queues and each consuming all ` +
    `(--control-plane-sharing shared,all), own RabbitMQ node: creates/s, queue memory v1/v2, idle cost, first event, reconcile`,
  run,
};
