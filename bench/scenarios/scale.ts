import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { IngestClient } from '../../test/support/api-client';
import { BenchApp } from '../support/app';
import { createEndpoints } from '../support/endpoint-creator';
import { BenchContext, Scenario, withEnvironment } from '../support/context';
import { BenchReceiver } from '../support/receiver';
import { Row } from '../support/report';
import { int, mb, ms, percentile, sleep } from '../support/stats';

const exec = promisify(execFile);
const CREATE_CONCURRENCY = 32;

/** Node-wide RabbitMQ memory (bytes): the allocated total and the queue processes. */
async function rabbitMemory(): Promise<{ total: number; queues: number }> {
  const { stdout } = await exec('rabbitmq-diagnostics', ['-q', 'memory_breakdown', '--unit', 'mb'], { timeout: 60_000 });
  let total = 0;
  let queues = 0;
  for (const line of stdout.split('\n')) {
    const m = /^(\w+): ([\d.]+) mb/.exec(line.trim());
    if (!m || m[1] === 'reserved_unallocated' || m[1] === 'allocated_unused') continue;
    const bytes = Number(m[2]) * 1024 * 1024;
    total += bytes;
    if (m[1] === 'queue_procs') queues = bytes;
  }
  return { total, queues };
}

/** Sum of the memory of the vhost's own queues (bytes), as the broker reports them. */
async function vhostQueueMemory(vhost: string): Promise<number> {
  const { stdout } = await exec('rabbitmqctl', ['-q', 'list_queues', '-p', vhost, 'memory', '--no-table-headers'], {
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.split('\n').reduce((sum, l) => sum + (Number(l.trim()) || 0), 0);
}

async function run(ctx: BenchContext): Promise<Row[]> {
  const endpoints = ctx.quick ? 2_000 : 10_000;
  return withEnvironment(
    {
      MAX_ENDPOINTS_PER_WORKSPACE: String(endpoints),
      RECONCILE_INTERVAL: '30s',
      // One API key creates and lists everything: its rate limit (20/s by default) would be measured instead.
      API_RATE_LIMIT_PER_SECOND: '100000',
      API_RATE_LIMIT_BURST: '100000',
    },
    async (env) => {
      const receiver = await new BenchReceiver().start();
      let ingest: BenchApp | null = null;
      let dispatcher: BenchApp | null = null;
      try {
        ingest = await BenchApp.start('ingest', env.env, ctx.execArgv);
        dispatcher = await BenchApp.start('dispatcher', env.env, ctx.execArgv);
        const client = new IngestClient(ingest.baseUrl);
        const ws = await client.createWorkspace('Benchmark scale');
        await sleep(1000);
        const rabbitBefore = await rabbitMemory();
        const rssBefore = await dispatcher.rssBytes();
        const ingestRssBefore = await ingest.rssBytes();

        // Through the public API, CREATE_CONCURRENCY at a time: each create stores the row, declares and binds the queue, tells the dispatchers.
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
          events: ['message.received', 'message.status_updated'],
          label: 'scale',
          logEvery: 2000,
          log: (line) => ctx.log(line),
        });

        // Wait until the dispatcher consumes every queue.
        const t1 = performance.now();
        let consumed = 0;
        while (performance.now() - t1 < 180_000) {
          consumed = await dispatcher.metric('dispatcher_consumed_endpoints');
          if (consumed >= endpoints - failures) break;
          await sleep(500);
        }
        const consumeSeconds = (performance.now() - t1) / 1000;

        // List every page (100 per page) at that size.
        const listLatency: number[] = [];
        let cursor: string | null = null;
        let listed = 0;
        do {
          const s = performance.now();
          const res: { status: number; text: string; body: { data: unknown[]; next_cursor: string | null } } = await client.api<{
            data: unknown[];
            next_cursor: string | null;
          }>(ws.api_key, 'GET', `/v1/webhooks?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
          listLatency.push(performance.now() - s);
          if (res.status !== 200) throw new Error(`list: ${res.status} ${res.text}`);
          listed += res.body.data.length;
          cursor = res.body.next_cursor;
        } while (cursor);
        listLatency.sort((a, b) => a - b);

        await sleep(2000);
        const rabbitAfter = await rabbitMemory();
        const queueMemory = await vhostQueueMemory(env.vhost);
        const rssAfter = await dispatcher.rssBytes();
        const ingestRssAfter = await ingest.rssBytes();
        ctx.log(
          `scale: ${endpoints} creates in ${createSeconds.toFixed(1)} s (${failures} failed), p50 ${ms(percentile(createLatency, 50))}, p99 ${ms(percentile(createLatency, 99))}; ` +
            `consumed ${consumed} after +${consumeSeconds.toFixed(1)} s; list ${listed} in ${listLatency.length} pages p50 ${ms(percentile(listLatency, 50))} p99 ${ms(percentile(listLatency, 99))}; ` +
            `rabbit ${mb(rabbitBefore.total)} → ${mb(rabbitAfter.total)} (queue procs ${mb(rabbitBefore.queues)} → ${mb(rabbitAfter.queues)}, vhost queues ${mb(queueMemory)}); dispatcher RSS ${mb(rssBefore)} → ${mb(rssAfter)}`,
        );
        const n = int(endpoints);
        return [
          {
            scenario: 'scale',
            measure: `create endpoint (API), p50 / p99, 0 → ${n}`,
            value: `${ms(percentile(createLatency, 50))} / ${ms(percentile(createLatency, 99))}`,
            raw: '—',
            note: `${CREATE_CONCURRENCY} concurrent creates: ${int(endpoints / createSeconds)} creates/s, ${failures} failed`,
          },
          {
            scenario: 'scale',
            measure: `list endpoints (100 per page) at ${n}, p50 / p99`,
            value: `${ms(percentile(listLatency, 50))} / ${ms(percentile(listLatency, 99))}`,
            raw: '—',
            note: `${listed} listed in ${listLatency.length} pages, one at a time`,
          },
          {
            scenario: 'scale',
            measure: `RabbitMQ memory, 0 → ${n} queues + consumers`,
            value: `${mb(rabbitBefore.total)} → ${mb(rabbitAfter.total)}`,
            raw: '—',
            note: `node-wide (shared broker, noisy): +${mb(rabbitAfter.total - rabbitBefore.total)}; queue processes ${mb(rabbitBefore.queues)} → ${mb(rabbitAfter.queues)}; this run's ${n} queues report ${mb(queueMemory)}`,
          },
          {
            scenario: 'scale',
            measure: `dispatcher RSS, 0 → ${n} consumers`,
            value: `${mb(rssBefore)} → ${mb(rssAfter)}`,
            raw: '—',
            note: `consuming all ${int(consumed)} queues ${consumeSeconds.toFixed(1)} s after the last create; ingest RSS ${mb(ingestRssBefore)} → ${mb(ingestRssAfter)}`,
          },
        ];
      } finally {
        await dispatcher?.stop();
        await ingest?.stop();
        await receiver.stop();
      }
    },
  );
}

export const scaleScenario: Scenario = {
  name: 'scale',
  description: '10,000 endpoints through the API: create and list latency, RabbitMQ memory, dispatcher RSS',
  run,
};
