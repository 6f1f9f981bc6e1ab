/**
 * The raw limit: a bare node:http server doing what the ingest does for one status POST, with no framework:
 * HMAC check, JSON parse, one event row per status, the same group commit (GroupCommitQueue, multi-row
 * INSERT … ON CONFLICT DO NOTHING RETURNING id, one autocommit statement per flush, as the ingest does), then publish with confirms
 * after the commit and published_at marked in batches. Started by bench/scenarios/ingest.ts and e2e.ts as a child process.
 * argv: <port> <databaseUrl> <amqpUrl> <exchange> <workspaceId> <appSecret>
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import amqp from 'amqplib';
import { Pool } from 'pg';
import { GroupCommitQueue } from '../../apps/ingest/src/ingest-pipeline/group-commit-queue';

interface Row {
  id: string;
  envelope: string;
  createdAt: Date;
  routingKey: string;
}

async function main(): Promise<void> {
  const [port, databaseUrl, amqpUrl, exchange, workspaceId, secret] = process.argv.slice(2);
  const pool = new Pool({ connectionString: databaseUrl, max: 20 });
  const connection = await amqp.connect(amqpUrl);
  const channel = await connection.createConfirmChannel();
  await channel.assertExchange(exchange, 'topic', { durable: true });

  const toMark: string[] = [];
  setInterval(() => {
    const ids = toMark.splice(0, toMark.length);
    if (ids.length) void pool.query('UPDATE events SET published_at = now() WHERE id = ANY($1)', [ids]);
  }, 50);

  const queue = new GroupCommitQueue<Row[], number>(
    async (batches) => {
      const rows = batches.flat().sort((a, b) => (a.id < b.id ? -1 : 1));
      const params: unknown[] = [];
      const tuples = rows.map((r) => {
        const b = params.length;
        params.push(r.id, workspaceId, 'message.status_updated', null, null, r.envelope, r.createdAt);
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}::json, $${b + 7})`;
      });
      const res = await pool.query(
        `INSERT INTO events (id, workspace_id, type, waba_id, phone_number_id, envelope, created_at) VALUES ${tuples.join(', ')}
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        params,
      );
      const inserted = new Set(res.rows.map((r: { id: string }) => r.id));
      for (const r of rows) {
        if (!inserted.has(r.id)) continue;
        channel.publish(exchange, r.routingKey, Buffer.from(r.envelope), { persistent: true, messageId: r.id }, (err) => {
          if (!err) toMark.push(r.id);
        });
      }
      return batches.map((b) => b.filter((r) => inserted.has(r.id)).length);
    },
    { maxBatchWeight: 2000, maxInFlight: 3 },
    (b) => b.length,
  );

  createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const given = Buffer.from(String(req.headers['x-hub-signature-256'] ?? '').replace('sha256=', ''), 'hex');
      const expected = createHmac('sha256', secret).update(raw).digest();
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.writeHead(401).end();
        return;
      }
      const body = JSON.parse(raw.toString('utf8'));
      const rows: Row[] = [];
      for (const entry of body.entry ?? []) {
        for (const change of entry.changes ?? []) {
          for (const s of change.value?.statuses ?? []) {
            const id = 'evt_' + createHash('sha256').update(`${workspaceId}\nmessage.status_updated\n${s.id}:${s.status}`).digest('base64url').slice(0, 27);
            const envelope = { id, type: 'message.status_updated', workspace_id: workspaceId, waba_id: entry.id, data: s, raw: change };
            rows.push({
              id,
              envelope: JSON.stringify(envelope),
              createdAt: new Date(Number(s.timestamp) * 1000),
              routingKey: `${workspaceId}.message.status_updated`,
            });
          }
        }
      }
      queue.submit(rows).then(
        (events) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ events })),
        () => res.writeHead(503).end(),
      );
    });
  }).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
