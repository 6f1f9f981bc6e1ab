import { IngestClient } from '../../test/support/api-client';
import { META_APP_SECRET } from '../../test/support/test-environment';
import { BenchApp } from '../support/app';
import { BenchContext, Scenario, withEnvironment } from '../support/context';
import { openLoop, OpenLoopResult } from '../support/load';
import { BenchReceiver } from '../support/receiver';
import { Row } from '../support/report';
import { int, ms, percentile, sleep } from '../support/stats';
import { signedStatusPayloads } from '../support/status-payloads';

const WABA_ID = '300000000000031';
const PHONE_NUMBER_ID = '300000000000032';
const HEALTHY = 4;
const RATE = 200;
const TIMEOUT_MS = 2_000;

/** Ack → arrival (ms, ascending) of every delivery to the healthy endpoints. */
function healthyLatencies(receiver: BenchReceiver, load: OpenLoopResult): number[] {
  const out: number[] = [];
  for (let i = 0; i < HEALTHY; i++) {
    for (const [id, a] of receiver.byPath.get(`/hook?e=${i}`) ?? new Map()) {
      const ack = load.ackedAt.get(id);
      if (ack !== undefined) out.push(Math.max(0, a.first - ack));
    }
  }
  return out.sort((a, b) => a - b);
}

async function run(ctx: BenchContext): Promise<Row[]> {
  const seconds = ctx.quick ? 5 : 10;
  return withEnvironment(
    { DELIVERY_CONCURRENCY_PER_ENDPOINT: '32', RECONCILE_INTERVAL: '30s', DELIVERY_TIMEOUT_MS: String(TIMEOUT_MS), RETRY_SCHEDULE: '1s,2s,4s,8s' },
    async (env) => {
      const receiver = await new BenchReceiver().start();
      let ingest: BenchApp | null = null;
      let dispatcher: BenchApp | null = null;
      try {
        ingest = await BenchApp.start('ingest', env.env, ctx.execArgv);
        const client = new IngestClient(ingest.baseUrl);
        const ws = await client.createWorkspace('Benchmark isolation');
        await client.linkWaba(ws.id, WABA_ID);
        for (let i = 0; i < HEALTHY; i++) await client.createWebhook(ws.api_key, { url: `${receiver.origin}/hook?e=${i}`, events: ['message.status_updated'] });
        dispatcher = await BenchApp.start('dispatcher', env.env, ctx.execArgv);
        await sleep(1000);
        await openLoop(ingest.baseUrl, signedStatusPayloads(RATE, WABA_ID, PHONE_NUMBER_ID, META_APP_SECRET), RATE); // warm-up
        await receiver.waitFor(RATE * HEALTHY, 20_000, 5_000);

        const phase = async (label: string) => {
          receiver.reset();
          const load = await openLoop(ingest!.baseUrl, signedStatusPayloads(RATE * seconds, WABA_ID, PHONE_NUMBER_ID, META_APP_SECRET), RATE);
          await receiver.waitFor(load.acked * HEALTHY, 60_000, 10_000);
          const lat = healthyLatencies(receiver, load);
          const r = {
            p50: percentile(lat, 50),
            p99: percentile(lat, 99),
            delivered: lat.length,
            expected: load.acked * HEALTHY,
            rate: load.rate,
            hung: receiver.hung,
          };
          ctx.log(
            `isolation ${label}: healthy p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, ${r.delivered}/${r.expected} delivered, ${r.hung} requests hung on the timing-out endpoint`,
          );
          return r;
        };
        const without = await phase('without');
        await client.createWebhook(ws.api_key, { url: `${receiver.origin}/hang`, events: ['message.status_updated'] });
        await sleep(500);
        const withHang = await phase('with');
        return [
          {
            scenario: 'isolation',
            measure: `healthy endpoints p99 with 1 endpoint timing out (vs without)`,
            value: ms(withHang.p99),
            raw: ms(without.p99),
            target: 'unaffected',
            note:
              `${HEALTHY} healthy endpoints, ${RATE} events/s for ${seconds} s, DELIVERY_TIMEOUT_MS ${TIMEOUT_MS}; p50 ${ms(withHang.p50)} vs ${ms(without.p50)}; ` +
              `${int(withHang.delivered)}/${int(withHang.expected)} delivered; the hanging endpoint held ${withHang.hung} requests`,
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

export const isolationScenario: Scenario = {
  name: 'isolation',
  description: 'p99 of healthy endpoints with one endpoint that never answers, vs without',
  run,
};
