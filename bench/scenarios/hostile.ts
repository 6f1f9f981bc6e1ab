import { IngestClient } from '../../test/support/api-client';
import { META_APP_SECRET } from '../../test/support/test-environment';
import { BenchApp, startHelper, stopHelper } from '../support/app';
import { BenchContext, Scenario, withEnvironment } from '../support/context';
import { openLoop, OpenLoopResult } from '../support/load';
import { Row } from '../support/report';
import { int, ms, percentile } from '../support/stats';
import { signedStatusPayloads } from '../support/status-payloads';

const WABA_ID = '300000000000011';
const PHONE_NUMBER_ID = '300000000000012';
/** Signed single-status POSTs per second: steady traffic well inside what the ingest sustains. */
const RATE = 200;
/** Unauthenticated senders, each posting the next body as soon as the last was answered. */
const ATTACKERS = 4;
type Mode = 'bad-signature' | 'no-signature' | 'sink';

const MODES: Record<Mode, string> = {
  'bad-signature': 'to the ingest, well-formed wrong signature (read and hashed, never parsed)',
  'no-signature': 'to the ingest, no signature (refused before the body is read)',
  sink: 'to a bare node:http sink on the same machine instead (machine contention only)',
};

interface Attack {
  sent: number;
  statuses: Record<string, number>;
  bytes: number;
}

/** Starts the hostile senders (bench/support/hostile-sender.ts) in their own process. */
async function startAttack(origin: string, mode: Mode): Promise<{ stop(): Promise<Attack> }> {
  const child = await startHelper('hostile-sender.ts', [origin, String(ATTACKERS), mode]);
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  return {
    async stop() {
      await stopHelper(child);
      return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Attack;
    },
  };
}

const p99 = (r: OpenLoopResult) => percentile(r.ackLatency, 99);
const p50 = (r: OpenLoopResult) => percentile(r.ackLatency, 50);

async function run(ctx: BenchContext): Promise<Row[]> {
  const seconds = ctx.quick ? 4 : 10;
  return withEnvironment({}, async (env) => {
    const ingest = await BenchApp.start('ingest', env.env, ctx.execArgv);
    try {
      const client = new IngestClient(ingest.baseUrl);
      const workspace = await client.createWorkspace('Benchmark hostile');
      await client.linkWaba(workspace.id, WABA_ID);
      await client.createWebhook(workspace.api_key, { url: 'http://127.0.0.1:9/hook', events: ['*'] });
      const payloads = (n: number) => signedStatusPayloads(n, WABA_ID, PHONE_NUMBER_ID, META_APP_SECRET);

      await openLoop(ingest.baseUrl, payloads(RATE * 2), RATE); // warm-up
      const quiet = await openLoop(ingest.baseUrl, payloads(RATE * seconds), RATE);
      ctx.log(`valid traffic alone: ${quiet.acked}/${quiet.sent} acked, p50 ${ms(p50(quiet))}, p99 ${ms(p99(quiet))}`);

      const rows: Row[] = [
        {
          scenario: 'hostile',
          measure: `Meta ack p50 / p99, ${RATE} signed POSTs/s alone`,
          value: `${ms(p50(quiet))} / ${ms(p99(quiet))}`,
          raw: '—',
          note: `${quiet.acked}/${quiet.sent} acked over ${seconds} s`,
        },
      ];
      for (const mode of ['sink', 'bad-signature', 'no-signature'] as const) {
        const attack = await startAttack(ingest.baseUrl, mode);
        const loud = await openLoop(ingest.baseUrl, payloads(RATE * seconds), RATE);
        const hostile = await attack.stop();
        const answers = Object.entries(hostile.statuses)
          .map(([s, n]) => `${n} × ${s}`)
          .join(', ');
        const rate = `${int((hostile.sent * hostile.bytes) / 1e6 / seconds)} MB/s offered`;
        ctx.log(
          `with ${ATTACKERS} senders of 5 MB nested bodies (${mode}): ${loud.acked}/${loud.sent} acked, p50 ${ms(p50(loud))}, p99 ${ms(p99(loud))}; hostile: ${answers}, ${rate}`,
        );
        rows.push({
          scenario: 'hostile',
          measure: `Meta ack p50 / p99, same + ${ATTACKERS} senders of 5 MB nested bodies ${MODES[mode]}`,
          value: `${ms(p50(loud))} / ${ms(p99(loud))}`,
          raw: `${ms(p50(quiet))} / ${ms(p99(quiet))}`,
          target: 'p99 not measurably higher',
          note: `${loud.acked}/${loud.sent} acked; hostile ${answers} (${rate})`,
        });
      }
      return rows;
    } finally {
      await ingest.stop();
    }
  });
}

export const hostileScenario: Scenario = {
  name: 'hostile',
  description: `Meta ack latency of ${RATE} signed POSTs/s, alone and beside ${ATTACKERS} senders of unauthenticated 5 MB nested-array bodies`,
  run,
};
