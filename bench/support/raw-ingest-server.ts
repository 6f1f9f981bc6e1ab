/**
 * The raw limit: a bare node:http server doing what the ingest does for one status POST, with no framework:
 * HMAC check, JSON parse, one event row per status, the same group commit (GroupCommitQueue, one autocommit
 * statement per flush with the same shape as EventRepository.insertNew: ids into event_dedupe, the new ones
 * into the partitioned events table), then publish with confirms after the commit and published_at marked in
 * batches bounded by the events' days, as markPublished does. Batches of up to PREPARED_INSERT_MAX_ROWS rows
 * run as the same named statements. Started by bench/scenarios/ingest.ts and e2e.ts
 * as a child process.
 * argv: <port> <databaseUrl> <amqpUrl> <exchange> <workspaceId> <appSecret>
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import amqp from 'amqplib';
import { Pool } from 'pg';
import { GroupCommitQueue } from '../../libs/common/src/group-commit-queue';
import { insertNewEventsSql, insertNewEventsStatementName, newEventTuple } from '../../libs/persistence/src/repositories/event.repository';

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

  const toMark: Row[] = [];
  setInterval(() => {
    const rows = toMark.splice(0, toMark.length);
    if (rows.length === 0) return;
    const days = rows.map((r) => r.createdAt.toISOString().slice(0, 10)).sort();
    void pool.query(
      `UPDATE events SET published_at = now()
       WHERE id = ANY($1) AND published_at IS NULL
         AND created_at >= ($2::date::timestamp AT TIME ZONE 'UTC') AND created_at < (($3::date + 1)::timestamp AT TIME ZONE 'UTC')`,
      [rows.map((r) => r.id), days[0], days[days.length - 1]],
    );
  }, 50);

  const queue = new GroupCommitQueue<Row[], number>(
    async (batches) => {
      const rows = batches.flat().sort((a, b) => (a.id < b.id ? -1 : 1));
      const params: unknown[] = [];
      const tuples = rows.map((r) => {
        const b = params.length;
        params.push(r.id, workspaceId, 'message.status_updated', null, null, r.envelope, r.createdAt);
        return newEventTuple(b);
      });
      // The ingest's own statement (partitioned events cannot be unique on id alone: dedupe through event_dedupe).
      const res = await pool.query({ name: insertNewEventsStatementName(rows.length), text: insertNewEventsSql(tuples), values: params });
      const inserted = new Set(res.rows.map((r: { id: string }) => r.id));
      for (const r of rows) {
        if (!inserted.has(r.id)) continue;
        channel.publish(exchange, r.routingKey, Buffer.from(r.envelope), { persistent: true, messageId: r.id }, (err) => {
          if (!err) toMark.push(r);
        });
      }
      return batches.map((b) => b.filter((r) => inserted.has(r.id)).length);
    },
    { maxBatchWeight: 2000, maxInFlight: 3 },
    (b) => b.length,
  );

  let failureReported = false;
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
        (err: Error) => {
          // Said once: a statement the schema refuses fails every request, and the bench must show why.
          if (!failureReported) process.stderr.write(`raw ingest server: group commit failed: ${err.message}\n`);
          failureReported = true;
          res.writeHead(503).end();
        },
      );
    });
  }).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
