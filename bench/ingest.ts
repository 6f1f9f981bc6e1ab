/**
 * Ingest benchmark (not a test): signed single-change Meta POSTs (one status event each, unique wamids)
 * at rising concurrency against the built ingest (npm run build first), with PostgreSQL and RabbitMQ on
 * this machine; then the same load against a bare node:http server doing the same group commit and
 * publish with confirms (the raw limit). Prints accepted events/s and p50/p99 acknowledgement latency.
 *
 *   npx tsx bench/ingest.ts [--duration 10] [--concurrency 16,64,128]
 */
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { AppProcess, freePort } from '../test/support/app-process';
import { IngestClient } from '../test/support/api-client';
import { query } from '../test/support/db';
import { createTestEnvironment, META_APP_SECRET, TestEnvironment } from '../test/support/test-environment';
import { SignedPayload, signedStatusPayloads } from './support/status-payloads';

const WABA_ID = '300000000000001';
const PHONE_NUMBER_ID = '300000000000002';

interface StageResult {
  target: string;
  connections: number;
  requests: number;
  ok: number;
  errors: number;
  eventsPerSec: number;
  p50: number;
  p99: number;
  max: number;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function stage(target: string, url: string, connections: number, durationSec: number, payloads: SignedPayload[]): Promise<StageResult> {
  let next = 0;
  const result = await autocannon({
    url: `${url}/meta/webhook`,
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
  const ok = result['2xx'];
  return {
    target,
    connections,
    requests: result.requests.total,
    ok,
    errors: result.non2xx + result.errors + result.timeouts,
    eventsPerSec: Math.round(ok / durationSec),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  };
}

function print(r: StageResult): void {
  process.stdout.write(
    `${r.target.padEnd(9)} c=${String(r.connections).padStart(3)}  ${String(r.eventsPerSec).padStart(6)} events/s accepted` +
      `  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  max ${String(r.max).padStart(5)} ms` +
      `  (${r.ok} × 200, ${r.errors} errors)\n`,
  );
}

async function startRaw(env: TestEnvironment, workspaceId: string, exchange: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'support/raw-ingest-server.ts'), String(port), env.databaseUrl, env.amqpUrl, exchange, workspaceId, META_APP_SECRET],
    { stdio: ['ignore', 'pipe', 'inherit'], cwd: path.resolve(__dirname, '..') },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`raw server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function main(): Promise<void> {
  const durationSec = Number(arg('duration', '10'));
  const levels = arg('concurrency', '16,64,128').split(',').map(Number);
  const env = await createTestEnvironment({ LOG_LEVEL: 'warn', AMQP_NAMESPACE: 'bench' });
  let ingest: AppProcess | null = null;
  let raw: ChildProcess | null = null;
  try {
    ingest = await AppProcess.start('ingest', env.env);
    const client = new IngestClient(ingest.baseUrl);
    const workspace = await client.createWorkspace('Benchmark');
    await client.linkWaba(workspace.id, WABA_ID);
    await client.createWebhook(workspace.api_key, { url: 'http://127.0.0.1:9/hook', events: ['*'] });
    process.stdout.write(`cores: ${require('node:os').cpus().length}; ${durationSec}s per stage; one status event per POST\n`);

    // Enough distinct payloads that no stage repeats one (a repeat would be a duplicate, not a new event).
    const payloads = signedStatusPayloads(60_000 * durationSec / 10 * levels.length, WABA_ID, PHONE_NUMBER_ID, META_APP_SECRET);
    let offset = 0;
    const slice = () => {
      const per = Math.floor(payloads.length / (levels.length * 2));
      const s = payloads.slice(offset, offset + per);
      offset += per;
      return s;
    };

    await stage('warmup', ingest.baseUrl, 16, 2, signedStatusPayloads(3000, WABA_ID, PHONE_NUMBER_ID, META_APP_SECRET));
    const results: StageResult[] = [];
    for (const c of levels) {
      const r = await stage('ingest', ingest.baseUrl, c, durationSec, slice());
      print(r);
      results.push(r);
    }
    await new Promise((r) => setTimeout(r, 2000));
    const [counts] = await query<{ total: number; unpublished: number }>(
      env.databaseUrl,
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished FROM events`,
    );
    process.stdout.write(`ingest: ${counts.total} events stored, ${counts.unpublished} not yet confirmed by RabbitMQ 2 s after the load\n`);
    await ingest.stop();
    ingest = null;

    const rawServer = await startRaw(env, workspace.id, 'bench.events');
    raw = rawServer.child;
    await stage('warmup', rawServer.url, 16, 2, signedStatusPayloads(3000, WABA_ID, PHONE_NUMBER_ID, META_APP_SECRET));
    for (const c of levels) print(await stage('raw-limit', rawServer.url, c, durationSec, slice()));
  } finally {
    raw?.kill('SIGTERM');
    await ingest?.stop();
    await env.cleanup();
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
