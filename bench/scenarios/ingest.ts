import autocannon from 'autocannon';
import { ChildProcess } from 'node:child_process';
import { IngestClient } from '../../test/support/api-client';
import { query } from '../../test/support/db';
import { META_APP_SECRET } from '../../test/support/test-environment';
import { BenchApp, startHelper, stopHelper } from '../support/app';
import { freePort } from '../../test/support/app-process';
import { BenchContext, Scenario, withEnvironment } from '../support/context';
import { cpuRows, CpuUsage, startCpu } from '../support/cpu';
import { ratio, Row } from '../support/report';
import { int, ms, sleep } from '../support/stats';
import { signedStatusPayloads } from '../support/status-payloads';

const WABA_ID = '300000000000001';
const PHONE_NUMBER_ID = '300000000000002';
/** Distinct payloads per second of a stage: more than either server accepts, so none repeats. */
const PAYLOADS_PER_SECOND = 9_000;

interface Stage {
  eventsPerSec: number;
  p50: number;
  p99: number;
  ok: number;
  errors: number;
}

/** Closed loop: `connections` signed single-change POSTs in flight at all times (autocannon). */
async function stage(origin: string, connections: number, durationSec: number): Promise<Stage> {
  const payloads = signedStatusPayloads(PAYLOADS_PER_SECOND * durationSec, WABA_ID, PHONE_NUMBER_ID, META_APP_SECRET);
  let next = 0;
  const result = await autocannon({
    url: `${origin}/meta/webhook`,
    method: 'POST',
    connections,
    duration: durationSec,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          const p = payloads[next++ % payloads.length];
          return { ...req, body: p.body, headers: { ...req.headers, 'x-hub-signature-256': p.signature } };
        },
      },
    ],
  });
  return {
    eventsPerSec: result['2xx'] / durationSec,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

async function run(ctx: BenchContext): Promise<Row[]> {
  const durationSec = ctx.quick ? 4 : 10;
  const levels = [64, 128];
  return withEnvironment({}, async (env) => {
    const own: Stage[] = [];
    const raw: Stage[] = [];
    let unconfirmed = 0;
    let ownCpu: CpuUsage | undefined;
    let rawCpu: CpuUsage | undefined;
    let ingest: BenchApp | null = null;
    let rawServer: ChildProcess | null = null;
    try {
      ingest = await BenchApp.start('ingest', env.env, ctx.execArgv);
      const client = new IngestClient(ingest.baseUrl);
      const workspace = await client.createWorkspace('Benchmark ingest');
      await client.linkWaba(workspace.id, WABA_ID);
      // A subscribed endpoint, so every event is routed to a queue (no dispatcher runs: it piles up there).
      await client.createWebhook(workspace.api_key, { url: 'http://127.0.0.1:9/hook', events: ['*'] });

      await stage(ingest.baseUrl, 16, 2); // warm-up
      const ownMeter = startCpu({ ingest: [ingest.pid] }, env);
      for (const c of levels) {
        const s = await stage(ingest.baseUrl, c, durationSec);
        ctx.log(`ingest c=${c}: ${int(s.eventsPerSec)} events/s, p50 ${s.p50} ms, p99 ${s.p99} ms (${s.ok} × 200, ${s.errors} errors)`);
        own.push(s);
      }
      ownCpu = ownMeter.stop();
      await sleep(2000);
      const [counts] = await query<{ n: number; unpublished: number }>(
        env.databaseUrl,
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished FROM events`,
      );
      unconfirmed = counts.unpublished;
      const storedByIngest = counts.n;
      await ingest.stop();
      ingest = null;

      const port = await freePort();
      rawServer = await startHelper('raw-ingest-server.ts', [String(port), env.databaseUrl, env.amqpUrl, 'wawh.events', workspace.id, META_APP_SECRET]);
      const origin = `http://127.0.0.1:${port}`;
      await stage(origin, 16, 2);
      const rawMeter = startCpu({ 'raw ingest server': [rawServer.pid] }, env);
      for (const c of levels) {
        const s = await stage(origin, c, durationSec);
        ctx.log(`raw     c=${c}: ${int(s.eventsPerSec)} events/s, p50 ${s.p50} ms, p99 ${s.p99} ms (${s.ok} × 200, ${s.errors} errors)`);
        raw.push(s);
      }
      rawCpu = rawMeter.stop();
      await sleep(2000);
      // The raw server's rows must land too (a statement the schema refuses once made it answer 503 to everything).
      const [stored] = await query<{ n: number; unpublished: number }>(
        env.databaseUrl,
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished FROM events`,
      );
      ctx.log(`raw server stored ${int(stored.n - storedByIngest)} events (warm-up included), ${stored.unpublished - unconfirmed} unconfirmed 2 s after`);
    } finally {
      await stopHelper(rawServer);
      await ingest?.stop();
    }
    const rows: Row[] = [];
    levels.forEach((c, i) => {
      const o = own[i];
      const r = raw[i];
      rows.push({
        scenario: 'ingest',
        measure: `accepted events/s, ${c} connections`,
        value: int(o.eventsPerSec),
        raw: int(r.eventsPerSec),
        ratio: ratio(o.eventsPerSec, r.eventsPerSec),
        target: '≥ 3,000',
        note: `${durationSec} s closed loop, 1 status/POST${o.errors ? `; ${o.errors} errors` : ''}${i === levels.length - 1 ? `; ${unconfirmed} unconfirmed by RabbitMQ 2 s after` : ''}`,
      });
      rows.push({
        scenario: 'ingest',
        measure: `ack latency p50 / p99, ${c} connections`,
        value: `${ms(o.p50)} / ${ms(o.p99)}`,
        raw: `${ms(r.p50)} / ${ms(r.p99)}`,
        target: 'p99 ≤ 100 ms',
      });
    });
    if (ownCpu && rawCpu)
      rows.push(
        ...cpuRows('ingest', `${levels.join(' + ')} connections`, {
          ours: ownCpu,
          oursEvents: own.reduce((n, s) => n + s.ok, 0),
          raw: rawCpu,
          rawEvents: raw.reduce((n, s) => n + s.ok, 0),
          pairs: [{ ours: 'ingest', raw: 'raw ingest server', target: 1.5 }],
          unit: 'events',
        }),
      );
    return rows;
  });
}

export const ingestScenario: Scenario = {
  name: 'ingest',
  description: 'signed single-change Meta POSTs at 64 and 128 connections vs a bare node:http server doing the same group commit + confirms',
  run,
};
