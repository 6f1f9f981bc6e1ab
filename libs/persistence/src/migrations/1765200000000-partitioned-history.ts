import { MigrationInterface, QueryRunner } from 'typeorm';
import { addDays, createDayPartition, DEDUPE_WINDOW_DAYS, HISTORY_TABLES, utcDay } from '../partitions/history-partitions';

/** Partitions made ahead at migration time; the retention job keeps this many ahead afterwards. */
const DAYS_AHEAD = 7;

const EVENT_COLUMNS = 'id, workspace_id, type, waba_id, phone_number_id, envelope, created_at, received_at, published_at';
const DELIVERY_COLUMNS =
  'id, event_id, endpoint_id, workspace_id, event_type, state, attempt_count, last_attempt_at, last_status_code, last_error, next_attempt_at, created_at, updated_at';
const ATTEMPT_COLUMNS =
  'id, delivery_id, event_id, endpoint_id, attempt, trigger, started_at, duration_ms, status_code, error_class, error_message, response_body, success';

/**
 * Events, deliveries and delivery attempts become range-partitioned by day, so retention drops whole
 * partitions instead of deleting rows (a DELETE leaves dead tuples, index bloat and WAL proportional to
 * what it removes; a DROP is a catalog change).
 *
 * - Primary keys include the partition key: events (id, created_at), deliveries (id, event_day),
 *   attempts (id, event_day). `event_day` is the UTC day of the event's created_at, which every writer of
 *   a delivery reads from the envelope it holds, so the delivery upsert still finds its row.
 * - A unique index on a partitioned table must contain the partition key, so events can no longer be
 *   deduplicated by their id alone: `event_dedupe` remembers every event id for DEDUPE_WINDOW_DAYS
 *   (Meta's 7-day retry window and a day of margin), whatever partition the event went to.
 * - There were never foreign keys between these tables (batches must not fail on an endpoint deleted
 *   meanwhile, and a foreign key into a partitioned table would have to carry its partition key too).
 * - A DEFAULT partition catches rows whose day has no partition (an event dated before the oldest
 *   partition: Meta's time is the key, not ours); the retention job deletes its rows row by row
 *   RETENTION_DAYS after they arrived, as before, and moves rows out when their day's partition is created.
 *
 * Existing rows are copied: old tables are renamed, the partitioned ones created with partitions for
 * every day holding data, rows copied, old tables dropped, all in this migration's transaction. Ingest
 * and dispatchers waiting on the tables meanwhile resume when it commits (Meta retries what timed out).
 */
export class PartitionedHistory1765200000000 implements MigrationInterface {
  name = 'PartitionedHistory1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE IF NOT EXISTS "event_dedupe" ("id" text PRIMARY KEY, "expires_at" timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX IF NOT EXISTS "event_dedupe_expires_idx" ON "event_dedupe" ("expires_at")`);

    // Old tables step aside; their index and constraint names are freed for the new tables.
    await q.query(`ALTER TABLE "events" RENAME TO "events_unpartitioned"`);
    await q.query(`ALTER TABLE "events_unpartitioned" RENAME CONSTRAINT "events_pkey" TO "events_unpartitioned_pkey"`);
    await q.query(`DROP INDEX IF EXISTS "events_workspace_received_idx", "events_unpublished_idx", "events_received_idx"`);
    await q.query(`ALTER TABLE "deliveries" RENAME TO "deliveries_unpartitioned"`);
    await q.query(`ALTER TABLE "deliveries_unpartitioned" RENAME CONSTRAINT "deliveries_pkey" TO "deliveries_unpartitioned_pkey"`);
    await q.query(`DROP INDEX IF EXISTS "deliveries_endpoint_created_idx", "deliveries_event_idx", "deliveries_endpoint_state_idx"`);
    await q.query(`ALTER TABLE "delivery_attempts" RENAME TO "delivery_attempts_unpartitioned"`);
    await q.query(`ALTER TABLE "delivery_attempts_unpartitioned" RENAME CONSTRAINT "delivery_attempts_pkey" TO "delivery_attempts_unpartitioned_pkey"`);
    await q.query(`DROP INDEX IF EXISTS "delivery_attempts_delivery_idx", "delivery_attempts_started_idx", "delivery_attempts_endpoint_started_idx"`);

    // No index on received_at alone: it served the row-by-row retention only.
    await q.query(`CREATE TABLE "events" (
      "id" text NOT NULL,
      "workspace_id" uuid NOT NULL,
      "type" text NOT NULL,
      "waba_id" text,
      "phone_number_id" text,
      "envelope" json NOT NULL,
      "created_at" timestamptz NOT NULL,
      "received_at" timestamptz NOT NULL DEFAULT now(),
      "published_at" timestamptz,
      PRIMARY KEY ("id", "created_at")) PARTITION BY RANGE ("created_at")`);
    await q.query(`CREATE INDEX "events_workspace_received_idx" ON "events" ("workspace_id", "received_at")`);
    await q.query(`CREATE INDEX "events_unpublished_idx" ON "events" ("received_at") WHERE "published_at" IS NULL`);

    await q.query(`CREATE TABLE "deliveries" (
      "id" text NOT NULL,
      "event_id" text NOT NULL,
      "endpoint_id" uuid NOT NULL,
      "workspace_id" uuid NOT NULL,
      "event_type" text NOT NULL,
      "state" text NOT NULL,
      "attempt_count" integer NOT NULL DEFAULT 0,
      "last_attempt_at" timestamptz,
      "last_status_code" integer,
      "last_error" text,
      "next_attempt_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "event_day" date NOT NULL,
      PRIMARY KEY ("id", "event_day")) PARTITION BY RANGE ("event_day")`);
    await q.query(`CREATE INDEX "deliveries_endpoint_created_idx" ON "deliveries" ("endpoint_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "deliveries_event_idx" ON "deliveries" ("event_id")`);
    await q.query(`CREATE INDEX "deliveries_endpoint_state_idx" ON "deliveries" ("endpoint_id", "state", "created_at")`);

    // The attempts keep their id sequence: it moves to the new table (ids stay unique across the swap).
    await q.query(`ALTER SEQUENCE "delivery_attempts_id_seq" OWNED BY NONE`);
    await q.query(`CREATE TABLE "delivery_attempts" (
      "id" bigint NOT NULL DEFAULT nextval('delivery_attempts_id_seq'),
      "delivery_id" text NOT NULL,
      "event_id" text NOT NULL,
      "endpoint_id" uuid NOT NULL,
      "attempt" integer NOT NULL,
      "trigger" text NOT NULL DEFAULT 'auto',
      "started_at" timestamptz NOT NULL,
      "duration_ms" integer NOT NULL,
      "status_code" integer,
      "error_class" text,
      "error_message" text,
      "response_body" text,
      "success" boolean NOT NULL,
      "event_day" date NOT NULL,
      PRIMARY KEY ("id", "event_day")) PARTITION BY RANGE ("event_day")`);
    await q.query(`ALTER SEQUENCE "delivery_attempts_id_seq" OWNED BY "delivery_attempts"."id"`);
    await q.query(`CREATE INDEX "delivery_attempts_delivery_idx" ON "delivery_attempts" ("delivery_id", "attempt")`);
    await q.query(`CREATE INDEX "delivery_attempts_endpoint_started_idx" ON "delivery_attempts" ("endpoint_id", "started_at")`);

    for (const t of HISTORY_TABLES) await q.query(`CREATE TABLE "${t.table}_default" PARTITION OF "${t.table}" DEFAULT`);

    // A partition for every day holding data (a superset: any day an event, delivery or attempt is dated),
    // then the days around today.
    const dataDays: { day: string }[] = await q.query(
      `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM events_unpartitioned
       UNION SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM deliveries_unpartitioned
       UNION SELECT to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM delivery_attempts_unpartitioned`,
    );
    const today = utcDay(new Date());
    const days = new Set(dataDays.map((r) => r.day));
    for (let n = -1; n <= DAYS_AHEAD; n++) days.add(addDays(today, n));
    for (const day of [...days].sort()) for (const t of HISTORY_TABLES) await createDayPartition(q, t, day);

    await q.query(`INSERT INTO events (${EVENT_COLUMNS}) SELECT ${EVENT_COLUMNS} FROM events_unpartitioned`);
    await q.query(
      `INSERT INTO event_dedupe (id, expires_at)
       SELECT id, received_at + interval '${DEDUPE_WINDOW_DAYS} days' FROM events_unpartitioned
       WHERE received_at + interval '${DEDUPE_WINDOW_DAYS} days' > now()
       ON CONFLICT (id) DO NOTHING`,
    );
    // A delivery goes to its event's day (what the dispatcher will key it by); one whose event is gone, to its own.
    await q.query(
      `INSERT INTO deliveries (${DELIVERY_COLUMNS}, event_day)
       SELECT ${prefixed('d', DELIVERY_COLUMNS)},
              COALESCE((e.created_at AT TIME ZONE 'UTC')::date, (d.created_at AT TIME ZONE 'UTC')::date)
       FROM deliveries_unpartitioned d LEFT JOIN events_unpartitioned e ON e.id = d.event_id`,
    );
    await q.query(
      `INSERT INTO delivery_attempts (${ATTEMPT_COLUMNS}, event_day)
       SELECT ${prefixed('a', ATTEMPT_COLUMNS)},
              COALESCE(d.event_day, (e.created_at AT TIME ZONE 'UTC')::date, (a.started_at AT TIME ZONE 'UTC')::date)
       FROM delivery_attempts_unpartitioned a
       LEFT JOIN deliveries d ON d.id = a.delivery_id
       LEFT JOIN events_unpartitioned e ON e.id = a.event_id`,
    );
    await q.query(`SELECT setval('delivery_attempts_id_seq', GREATEST((SELECT max(id) FROM delivery_attempts), 1))`);

    await q.query(`DROP TABLE "delivery_attempts_unpartitioned"`);
    await q.query(`DROP TABLE "deliveries_unpartitioned"`);
    await q.query(`DROP TABLE "events_unpartitioned"`);
  }

  /** Back to plain tables (every row kept; the dedupe table goes, the event id is unique again). */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "events_plain" (LIKE "events" INCLUDING DEFAULTS)`);
    await q.query(`INSERT INTO "events_plain" SELECT DISTINCT ON (id) * FROM "events" ORDER BY id, received_at DESC`);
    await q.query(`CREATE TABLE "deliveries_plain" (LIKE "deliveries" INCLUDING DEFAULTS)`);
    await q.query(`INSERT INTO "deliveries_plain" SELECT DISTINCT ON (id) * FROM "deliveries" ORDER BY id, updated_at DESC`);
    await q.query(`ALTER SEQUENCE "delivery_attempts_id_seq" OWNED BY NONE`);
    await q.query(`CREATE TABLE "delivery_attempts_plain" (LIKE "delivery_attempts" INCLUDING DEFAULTS)`);
    await q.query(`INSERT INTO "delivery_attempts_plain" SELECT * FROM "delivery_attempts"`);
    for (const t of ['delivery_attempts', 'deliveries', 'events']) {
      await q.query(`DROP TABLE "${t}"`);
      await q.query(`ALTER TABLE "${t}_plain" RENAME TO "${t}"`);
      await q.query(`ALTER TABLE "${t}" DROP COLUMN IF EXISTS "event_day"`);
      await q.query(`ALTER TABLE "${t}" ADD PRIMARY KEY ("id")`);
    }
    await q.query(`ALTER SEQUENCE "delivery_attempts_id_seq" OWNED BY "delivery_attempts"."id"`);
    await q.query(`DROP TABLE IF EXISTS "event_dedupe"`);
    await q.query(`CREATE INDEX "events_workspace_received_idx" ON "events" ("workspace_id", "received_at")`);
    await q.query(`CREATE INDEX "events_unpublished_idx" ON "events" ("received_at") WHERE "published_at" IS NULL`);
    await q.query(`CREATE INDEX "events_received_idx" ON "events" ("received_at")`);
    await q.query(`CREATE INDEX "deliveries_endpoint_created_idx" ON "deliveries" ("endpoint_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "deliveries_event_idx" ON "deliveries" ("event_id")`);
    await q.query(`CREATE INDEX "deliveries_endpoint_state_idx" ON "deliveries" ("endpoint_id", "state", "created_at")`);
    await q.query(`CREATE INDEX "delivery_attempts_delivery_idx" ON "delivery_attempts" ("delivery_id", "attempt")`);
    await q.query(`CREATE INDEX "delivery_attempts_started_idx" ON "delivery_attempts" ("started_at")`);
    await q.query(`CREATE INDEX "delivery_attempts_endpoint_started_idx" ON "delivery_attempts" ("endpoint_id", "started_at")`);
  }
}

function prefixed(alias: string, columns: string): string {
  return columns
    .split(', ')
    .map((c) => `${alias}.${c}`)
    .join(', ');
}
