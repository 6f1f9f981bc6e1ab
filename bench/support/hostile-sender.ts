/**
 * Unauthenticated senders of 5 MB nested-array bodies to the Meta route, in a process of their own so the
 * load generator measuring valid traffic is not slowed by them. Prints "ready", then, on SIGTERM, one JSON
 * line { sent, statuses } and exits.
 * Mode "sink" sends the same bodies to a bare node:http server of this process that reads and discards
 * them: the cost of the traffic to the machine alone, with nothing of the ingest involved.
 * argv: <origin> <senders> <mode: bad-signature | no-signature | sink>
 */
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'undici';

/** 5,000,000 bytes of nested arrays: under the 5 MB Meta limit, and about 2 s of CPU for JSON.parse. */
const NESTED = Buffer.from('['.repeat(2_500_000) + ']'.repeat(2_500_000));

async function sink(): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(401, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function main(): Promise<void> {
  const [ingestOrigin, sendersArg, mode] = process.argv.slice(2);
  const origin = mode === 'sink' ? await sink() : ingestOrigin;
  const senders = Number(sendersArg);
  // A well-formed but wrong signature is the worst case: the body must be read and hashed before refusal.
  const headers: Record<string, string> =
    mode === 'no-signature'
      ? { 'content-type': 'application/json' }
      : { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=' + '0'.repeat(64) };
  const pool = new Pool(origin, { connections: senders });
  const statuses: Record<string, number> = {};
  let sent = 0;
  let stopped = false;
  const sender = async () => {
    while (!stopped) {
      sent++;
      try {
        const res = await pool.request({ method: 'POST', path: '/meta/webhook', body: NESTED, headers });
        await res.body.dump();
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      } catch {
        statuses.error = (statuses.error ?? 0) + 1;
      }
    }
  };
  const running = Promise.all(Array.from({ length: senders }, sender));
  process.once('SIGTERM', () => {
    stopped = true;
    void running.then(() => {
      process.stdout.write(`${JSON.stringify({ sent, statuses, bytes: NESTED.length })}\n`);
      process.exit(0);
    });
  });
  process.stdout.write('ready\n');
}

void main();
