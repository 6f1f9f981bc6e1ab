import { MigrationInterface, QueryRunner } from 'typeorm';
import { addDays, createDayPartition, daysBetween, DEDUPE_TABLE, DEDUPE_WINDOW_DAYS, utcDay } from '../partitions/history-partitions';

/** Dedupe partitions made ahead at migration time; the retention job keeps them ahead afterwards. */
const DAYS_AHEAD = 2;

/**
 * `event_dedupe` becomes range-partitioned by the day an id was first seen, so ids leave by dropping a
 * day's partition once it is DEDUPE_WINDOW_DAYS old instead of by a DELETE that removes one row per event
 * received (at 3,000 events/s, 260 million rows a day). Remembered ids are copied with the day they were
 * first seen (their expiry minus the window); ids already expired are not.
 */
export class EventDedupeByDay1765300000010 implements MigrationInterface {
  name = 'EventDedupeByDay1765300000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "event_dedupe" RENAME TO "event_dedupe_unpartitioned"`);
    await q.query(`ALTER TABLE "event_dedupe_unpartitioned" RENAME CONSTRAINT "event_dedupe_pkey" TO "event_dedupe_unpartitioned_pkey"`);
    await q.query(`DROP INDEX IF EXISTS "event_dedupe_expires_idx"`);
    await q.query(`CREATE TABLE "event_dedupe" ("id" text NOT NULL, "seen_day" date NOT NULL, PRIMARY KEY ("id", "seen_day")) PARTITION BY RANGE ("seen_day")`);
    await q.query(`CREATE TABLE "event_dedupe_default" PARTITION OF "event_dedupe" DEFAULT`);

    const today = utcDay(new Date());
    const [{ first }]: { first: string | null }[] = await q.query(
      `SELECT to_char(min((expires_at AT TIME ZONE 'UTC') - interval '${DEDUPE_WINDOW_DAYS} days'), 'YYYY-MM-DD') AS first
       FROM event_dedupe_unpartitioned WHERE expires_at > now()`,
    );
    const from = first && first < today ? first : today;
    for (const day of daysBetween(from, addDays(today, DAYS_AHEAD))) await createDayPartition(q, DEDUPE_TABLE, day);
    await q.query(
      `INSERT INTO event_dedupe (id, seen_day)
       SELECT id, ((expires_at AT TIME ZONE 'UTC') - interval '${DEDUPE_WINDOW_DAYS} days')::date FROM event_dedupe_unpartitioned
       WHERE expires_at > now()`,
    );
    await q.query(`DROP TABLE "event_dedupe_unpartitioned"`);
  }

  /** Back to one table with a row expiry (an id is kept DEDUPE_WINDOW_DAYS + 1 days after the day it was seen). */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "event_dedupe_plain" ("id" text PRIMARY KEY, "expires_at" timestamptz NOT NULL)`);
    await q.query(
      `INSERT INTO "event_dedupe_plain" (id, expires_at)
       SELECT id, (max(seen_day) + ${DEDUPE_WINDOW_DAYS + 1})::timestamp AT TIME ZONE 'UTC' FROM "event_dedupe" GROUP BY id`,
    );
    await q.query(`DROP TABLE "event_dedupe"`);
    await q.query(`ALTER TABLE "event_dedupe_plain" RENAME TO "event_dedupe"`);
    await q.query(`ALTER TABLE "event_dedupe" RENAME CONSTRAINT "event_dedupe_plain_pkey" TO "event_dedupe_pkey"`);
    await q.query(`CREATE INDEX "event_dedupe_expires_idx" ON "event_dedupe" ("expires_at")`);
  }
}
