import { IngestClient } from '../../test/support/api-client';
import { META_APP_SECRET } from '../../test/support/test-environment';
import { BenchApp } from '../support/app';
import { BenchContext, Scenario, withEnvironment } from '../support/context';
import { ackToArrival, openLoop } from '../support/load';
import { BenchReceiver } from '../support/receiver';
import { Row } from '../support/report';
import { int, ms, percentile, sleep } from '../support/stats';
import { signedStatusPayloads } from '../support/status-payloads';

const WABA_ID = '300000000000021';
const PHONE_NUMBER_ID = '300000000000022';
const ENDPOINTS = 50;
const RATE = 20;

async function run(ctx: BenchContext): Promise<Row[]> {
  const events = ctx.quick ? 100 : 200;
  return withEnvironment({ DELIVERY_CONCURRENCY_PER_ENDPOINT: '32', RECONCILE_INTERVAL: '30s' }, async (env) => {
    const receiver = await new BenchReceiver().start();
    let ingest: BenchApp | null = null;
    let dispatcher: BenchApp | null = null;
    try {
      ingest = await BenchApp.start('ingest', env.env, ctx.execArgv);
      const client = new IngestClient(ingest.baseUrl);
      const ws = await client.createWorkspace('Benchmark fan-out');
      await client.linkWaba(ws.id, WABA_ID);
      for (let i = 0; i < ENDPOINTS; i++) await client.createWebhook(ws.api_key, { url: `${receiver.origin}/hook?e=${i}`, events: ['message.status_updated'] });
      dispatcher = await BenchApp.start('dispatcher', env.env, ctx.execArgv);
      await sleep(1000);
      // Warm-up, unmeasured.
      await openLoop(ingest.baseUrl, signedStatusPayloads(20, WABA_ID, PHONE_NUMBER_ID, META_APP_SECRET), RATE);
      await receiver.waitFor(20 * ENDPOINTS, 20_000, 5_000);
      receiver.reset();

      const load = await openLoop(ingest.baseUrl, signedStatusPayloads(events, WABA_ID, PHONE_NUMBER_ID, META_APP_SECRET), RATE);
      const complete = await receiver.waitFor(load.acked * ENDPOINTS, 60_000, 10_000);
      const last = new Map<string, number>();
      const reached = new Map<string, number>();
      for (const byEvent of receiver.byPath.values()) {
        for (const [id, a] of byEvent) {
          last.set(id, Math.max(last.get(id) ?? 0, a.first));
          reached.set(id, (reached.get(id) ?? 0) + 1);
        }
      }
      const allReached = new Map([...last].filter(([id]) => reached.get(id) === ENDPOINTS));
      const toLast = ackToArrival(load.ackedAt, allReached);
      const toFirst = ackToArrival(load.ackedAt, receiver.firstArrivals());
      const note =
        `${events} events at ${RATE}/s (${int(load.rate)}/s achieved), ${ENDPOINTS} endpoints, 1 replica: ${int(receiver.count)} deliveries, ` +
        `${allReached.size}/${load.acked} events reached all ${ENDPOINTS}${complete ? '' : ' (INCOMPLETE)'}, duplicates ${receiver.duplicates()}`;
      ctx.log(
        `fan-out: ack → last p50 ${ms(percentile(toLast, 50))}, p99 ${ms(percentile(toLast, 99))}; ack → first p50 ${ms(percentile(toFirst, 50))}; ${note}`,
      );
      return [
        {
          scenario: 'fan-out',
          measure: `one event to ${ENDPOINTS} endpoints: ack → last delivery, p50 / p99`,
          value: `${ms(percentile(toLast, 50))} / ${ms(percentile(toLast, 99))}`,
          raw: '—',
          note,
        },
        { scenario: 'fan-out', measure: 'ack → first delivery, p50 / p99', value: `${ms(percentile(toFirst, 50))} / ${ms(percentile(toFirst, 99))}`, raw: '—' },
      ];
    } finally {
      await dispatcher?.stop();
      await ingest?.stop();
      await receiver.stop();
    }
  });
}

export const fanoutScenario: Scenario = {
  name: 'fanout',
  description: 'one event to 50 endpoints: acknowledged → last delivery',
  run,
};
