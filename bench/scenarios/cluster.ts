import { IngestClient } from '../../test/support/api-client';
import { PrivateRabbitMqCluster } from '../../test/support/private-rabbitmq-cluster';
import { META_APP_SECRET } from '../../test/support/test-environment';
import { BenchApp } from '../support/app';
import { BenchContext, Scenario, withEnvironment } from '../support/context';
import { ackToArrival, openLoop } from '../support/load';
import { BenchReceiver } from '../support/receiver';
import { ratio, Row } from '../support/report';
import { int, ms, percentile, sleep, sortedCopy, steadyRate } from '../support/stats';
import { signedStatusPayloads } from '../support/status-payloads';

const WABA_ID = '300000000000021';
const PHONE_NUMBER_ID = '300000000000022';
/** Latency is measured at a rate both queue types keep up with; throughput with more than either can deliver. */
const LATENCY_RATE = 200;
const THROUGHPUT_RATE = 1_000;

interface Figures {
  queueType: 'classic' | 'quorum';
  deliveriesPerSecond: number;
  p50: number;
  p99: number;
  latencyNote: string;
  throughputNote: string;
}

/** Open loop at `rate` for `seconds`; waits until the receiver has every acknowledged event (or goes idle). */
async function stage(origin: string, receiver: BenchReceiver, rate: number, seconds: number) {
  receiver.reset();
  const load = await openLoop(origin, signedStatusPayloads(rate * seconds, WABA_ID, PHONE_NUMBER_ID, META_APP_SECRET), rate);
  await receiver.waitFor(load.acked, 120_000, 15_000);
  const lat = ackToArrival(load.ackedAt, receiver.firstArrivals());
  return { load, lat, duplicates: receiver.duplicates(), arrivals: sortedCopy(receiver.times) };
}

/** The ingest and one dispatcher on the cluster with `queueType`, in a database and namespace of their own. */
async function measure(ctx: BenchContext, cluster: PrivateRabbitMqCluster, queueType: 'classic' | 'quorum', seconds: number): Promise<Figures> {
  const overrides = { AMQP_URL: cluster.amqpUrl, QUEUE_TYPE: queueType, AMQP_NAMESPACE: `bench-${queueType}`, RECONCILE_INTERVAL: '30s' };
  return withEnvironment(overrides, async (env) => {
    const receiver = await new BenchReceiver().start();
    let ingest: BenchApp | null = null;
    let dispatcher: BenchApp | null = null;
    try {
      ingest = await BenchApp.start('ingest', env.env, ctx.execArgv);
      dispatcher = await BenchApp.start('dispatcher', env.env, ctx.execArgv);
      const client = new IngestClient(ingest.baseUrl);
      const ws = await client.createWorkspace(`Benchmark cluster ${queueType}`);
      await client.linkWaba(ws.id, WABA_ID);
      await client.createWebhook(ws.api_key, { url: `${receiver.origin}/hook`, events: ['message.status_updated'] });
      await sleep(1_000);
      await stage(ingest.baseUrl, receiver, LATENCY_RATE, 1); // warm-up, not measured
      const latency = await stage(ingest.baseUrl, receiver, LATENCY_RATE, seconds);
      const throughput = await stage(ingest.baseUrl, receiver, THROUGHPUT_RATE, seconds);
      const figures: Figures = {
        queueType,
        deliveriesPerSecond: steadyRate(throughput.arrivals),
        p50: percentile(latency.lat, 50),
        p99: percentile(latency.lat, 99),
        latencyNote: `${int(latency.load.acked)} acked at ${int(latency.load.rate)}/s, ${int(latency.lat.length)} delivered, ${latency.duplicates} duplicates`,
        throughputNote: `${int(throughput.load.acked)} acked at ${int(throughput.load.rate)}/s, ${int(throughput.arrivals.length)} delivered, ${throughput.duplicates} duplicates`,
      };
      ctx.log(
        `${queueType}: ${int(figures.deliveriesPerSecond)} deliveries/s (${figures.throughputNote}); ack → received p50 ${ms(figures.p50)}, p99 ${ms(figures.p99)} (${figures.latencyNote})`,
      );
      return figures;
    } finally {
      await dispatcher?.stop();
      await ingest?.stop();
      await receiver.stop();
    }
  });
}

async function run(ctx: BenchContext): Promise<Row[]> {
  const seconds = ctx.quick ? 5 : 10;
  ctx.log('starting a 3-node RabbitMQ cluster (test/support/private-rabbitmq-cluster.ts)…');
  const cluster = await PrivateRabbitMqCluster.start({ size: 3 });
  try {
    const classic = await measure(ctx, cluster, 'classic', seconds);
    const quorum = await measure(ctx, cluster, 'quorum', seconds);
    const note =
      'ingest + 1 dispatcher on a 3-node cluster on this machine, AMQP_URL listing the 3 nodes (apps on node 1); raw = classic queues on the same cluster';
    return [
      {
        scenario: 'cluster',
        measure: `quorum queues: deliveries/s, 1 endpoint (offered ${int(THROUGHPUT_RATE)}/s)`,
        value: int(quorum.deliveriesPerSecond),
        raw: int(classic.deliveriesPerSecond),
        ratio: ratio(quorum.deliveriesPerSecond, classic.deliveriesPerSecond),
        note: `${note}; quorum ${quorum.throughputNote}; classic ${classic.throughputNote}`,
      },
      {
        scenario: 'cluster',
        measure: `quorum queues: Meta POST acked → received, p50 / p99 at ${LATENCY_RATE}/s`,
        value: `${ms(quorum.p50)} / ${ms(quorum.p99)}`,
        raw: `${ms(classic.p50)} / ${ms(classic.p99)}`,
        note: `open loop ${seconds} s; quorum ${quorum.latencyNote}; classic ${classic.latencyNote}`,
      },
    ];
  } finally {
    await cluster.destroy();
  }
}

export const clusterScenario: Scenario = {
  name: 'cluster',
  description: 'a 3-node RabbitMQ cluster: deliveries/s and acked → received latency with quorum queues beside classic',
  run,
};
