import amqp from 'amqplib';
import { ChildProcess } from 'node:child_process';
import { IngestClient } from '../../test/support/api-client';
import { TestEnvironment } from '../../test/support/test-environment';
import { BenchApp, DISPATCHER_NICE, startHelper, stopHelper } from '../support/app';
import { BenchContext, Scenario, withEnvironment } from '../support/context';
import { cpuRows, CpuUsage, startCpu } from '../support/cpu';
import { BenchReceiver } from '../support/receiver';
import { ratio, Row } from '../support/report';
import { int, steadyRate } from '../support/stats';

const ENDPOINTS = 4;
const CONCURRENCY = 32;

interface Target {
  queue: string;
  url: string;
}

/** Fills the endpoint queues (no consumer running): `events` message.received events, each routed to every endpoint. */
async function fillBacklog(env: TestEnvironment, workspaceId: string, events: number, tag: string): Promise<void> {
  const conn = await amqp.connect(env.amqpUrl);
  const ch = await conn.createConfirmChannel();
  for (let i = 0; i < events; i++) {
    const id = `evt_bench_${tag}_${i}`;
    const envelope = {
      id,
      type: 'message.received',
      created_at: new Date().toISOString(),
      workspace_id: workspaceId,
      waba_id: '300000000000001',
      phone_number_id: '300000000000002',
      data: { message_id: `wamid.bench${tag}x${i}`, from: '16505550123', type: 'text', text: { body: 'hello from the benchmark' } },
      raw: null,
    };
    ch.publish('wawh.events', `${workspaceId}.message.received`, Buffer.from(JSON.stringify(envelope)), { persistent: true, messageId: id });
    if (i % 1000 === 999) await ch.waitForConfirms();
  }
  await ch.waitForConfirms();
  await conn.close();
}

async function run(ctx: BenchContext): Promise<Row[]> {
  const events = ctx.quick ? 3_000 : 10_000;
  const total = events * ENDPOINTS;
  // Every replica on the one endpoint's queue: the 2-replica figure measures what a second consumer adds.
  return withEnvironment(
    { DELIVERY_CONCURRENCY_PER_ENDPOINT: String(CONCURRENCY), RECONCILE_INTERVAL: '30s', DISPATCHER_QUEUE_SHARING: 'all' },
    async (env) => {
      const receiver = await new BenchReceiver().start();
      let ingest: BenchApp | null = null;
      const results = new Map<string, number>();
      /** Per run label: CPU over the drain and the deliveries made in it. */
      const cpu = new Map<string, { usage: CpuUsage; deliveries: number }>();
      let batch = NaN;
      try {
        ingest = await BenchApp.start('ingest', env.env);
        const client = new IngestClient(ingest.baseUrl);
        const ws = await client.createWorkspace('Benchmark delivery');
        const targets: Target[] = [];
        for (let i = 0; i < ENDPOINTS; i++) {
          const hook = await client.createWebhook(ws.api_key, { url: `${receiver.origin}/hook?e=${i}`, events: ['message.received'] });
          targets.push({ queue: `wawh.endpoint.${hook.id}`, url: `${receiver.origin}/hook?e=${i}` });
        }
        let round = 0;
        /** start() returns the consumer processes (pids, named for the CPU table) and how to stop them. */
        const drain = async (label: string, start: () => Promise<{ pids: Record<string, (number | undefined)[]>; stop: () => Promise<void> }>) => {
          await fillBacklog(env, ws.id, events, String(round++));
          receiver.reset();
          const { pids, stop } = await start();
          // From ready on (boot excluded); deliveries counted from the same moment.
          const meter = startCpu(pids, env);
          const before = receiver.count;
          const done = await receiver.waitFor(total, 180_000, 15_000);
          cpu.set(label, { usage: meter.stop(), deliveries: receiver.count - before });
          const rate = steadyRate(receiver.times);
          ctx.log(`delivery ${label}: ${receiver.count}/${total} deliveries, ${int(rate)} deliveries/s${done ? '' : ' (INCOMPLETE)'}`);
          results.set(label, rate);
          await stop();
        };
        for (const replicas of [1, 2]) {
          await drain(`raw ${replicas}`, async () => {
            const children: ChildProcess[] = await Promise.all(
              Array.from({ length: replicas }, () =>
                startHelper('raw-dispatcher.ts', [env.amqpUrl, JSON.stringify(targets), String(CONCURRENCY)], DISPATCHER_NICE),
              ),
            );
            return {
              pids: { 'raw consumer': children.map((c) => c.pid) },
              stop: async () => void (await Promise.all(children.map(stopHelper))),
            };
          });
        }
        for (const replicas of [1, 2]) {
          await drain(`dispatcher ${replicas}`, async () => {
            const apps = await Promise.all(Array.from({ length: replicas }, () => BenchApp.start('dispatcher', env.env, ctx.execArgv)));
            return {
              pids: { dispatcher: apps.map((a) => a.pid) },
              stop: async () => {
                if (replicas === 1) {
                  const sum = await apps[0].metric('dispatcher_attempt_record_batch_size_sum');
                  const count = await apps[0].metric('dispatcher_attempt_record_batch_size_count');
                  batch = sum / count;
                }
                await Promise.all(apps.map((a) => a.stop()));
              },
            };
          });
        }
      } finally {
        await ingest?.stop();
        await receiver.stop();
      }
      const note = `${int(total)}-delivery backlog over ${ENDPOINTS} endpoints, concurrency ${CONCURRENCY}/endpoint/replica; rate over the 10–90 % of arrivals`;
      const cpuFor = (replicas: number): Row[] => {
        const o = cpu.get(`dispatcher ${replicas}`);
        const r = cpu.get(`raw ${replicas}`);
        if (!o || !r) return [];
        return cpuRows('delivery', `${replicas} replica${replicas > 1 ? 's' : ''}`, {
          ours: o.usage,
          oursEvents: o.deliveries,
          raw: r.usage,
          rawEvents: r.deliveries,
          pairs: [{ ours: 'dispatcher', raw: 'raw consumer', target: 1.5 }],
          unit: 'deliveries',
        });
      };
      const one = results.get('dispatcher 1')!;
      const two = results.get('dispatcher 2')!;
      return [
        {
          scenario: 'delivery',
          measure: 'deliveries/s, 1 replica',
          value: int(one),
          raw: int(results.get('raw 1')!),
          ratio: ratio(one, results.get('raw 1')!),
          target: '≥ 3,000 and ≥ 70 % of raw',
          note: `${note}; mean attempt-record batch ${batch.toFixed(1)}`,
        },
        ...cpuFor(1),
        {
          scenario: 'delivery',
          measure: 'deliveries/s, 2 replicas',
          value: int(two),
          raw: int(results.get('raw 2')!),
          ratio: ratio(two, results.get('raw 2')!),
          target: '≥ 3,000 per replica',
          note: 'raw limit: 2 raw consumer processes',
        },
        ...cpuFor(2),
      ];
    },
  );
}

export const deliveryScenario: Scenario = {
  name: 'delivery',
  description: 'one and two dispatcher replicas draining a backlog to a keep-alive receiver vs amqplib consume + undici POST',
  run,
};
