/**
 * Daily range partitions of the history tables (events, deliveries, delivery_attempts).
 *
 * Every table is partitioned by the time of the event it belongs to: events by `created_at`, deliveries
 * and attempts by `event_day` (the UTC day of the envelope's `created_at`). Every writer of a delivery
 * holds the envelope, so all of them compute the same key and an upsert on (id, event_day) finds the row;
 * an event, its deliveries and their attempts live in the same day's partitions and leave together.
 *
 * Shared by the migration that converts the tables and by the retention job that keeps partitions ahead
 * and drops expired ones; both pass something that runs SQL (a QueryRunner or an EntityManager).
 */

export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface HistoryTable {
  table: string;
  /** The partition key column. */
  key: string;
  keyType: 'timestamptz' | 'date';
}

/** Children before parents: attempts, then deliveries, then events (the order retention drops them in). */
export const HISTORY_TABLES: readonly HistoryTable[] = [
  { table: 'delivery_attempts', key: 'event_day', keyType: 'date' },
  { table: 'deliveries', key: 'event_day', keyType: 'date' },
  { table: 'events', key: 'created_at', keyType: 'timestamptz' },
];

/**
 * How long an event id is remembered for deduplication: Meta retries an unacknowledged POST for up to
 * 7 days; one day of margin.
 */
export const DEDUPE_WINDOW_DAYS = 8;

/**
 * Event ids remembered for deduplication, partitioned by the UTC day they were first seen (our clock, not
 * Meta's: a resend may carry another time), so they expire by dropping a day's partition, not by DELETE.
 * The primary key is (id, seen_day); a lookup by id alone probes every partition's index (eleven or twelve:
 * the 8-day window, today and two days ahead).
 */
export const DEDUPE_TABLE: HistoryTable = { table: 'event_dedupe', key: 'seen_day', keyType: 'date' };

const DAY_MS = 86_400_000;

/** The UTC day of an instant, 'YYYY-MM-DD'. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));
}

/** The instant `days` whole days (of 24 hours) before `at`: a retention or dedupe cutoff. */
export function daysBefore(at: Date, days: number): Date {
  return new Date(at.getTime() - days * DAY_MS);
}

/** The last day eventDayOf formatted: consecutive events mostly share a day, and toISOString is the costly part. */
let lastDayStart = Number.NaN;
let lastDay = '';

/** The partition day of an envelope's `created_at` (what deliveries and attempts are keyed by); a number is epoch milliseconds. */
export function eventDayOf(createdAt: string | Date | number): string {
  const t = typeof createdAt === 'number' ? createdAt : createdAt instanceof Date ? createdAt.getTime() : Date.parse(createdAt);
  // An unreadable time cannot be routed to its day; the DEFAULT partition takes it and retention clears it.
  if (Number.isNaN(t)) return '1970-01-01';
  const dayStart = t - (((t % DAY_MS) + DAY_MS) % DAY_MS);
  if (dayStart !== lastDayStart) {
    lastDay = utcDay(new Date(dayStart));
    lastDayStart = dayStart;
  }
  return lastDay;
}

export function partitionName(table: string, day: string): string {
  return `${table}_p${day.replace(/-/g, '')}`;
}

export function defaultPartitionName(table: string): string {
  return `${table}_default`;
}

/** The day a partition name stands for, or null for the DEFAULT partition and anything else. */
export function dayOfPartition(table: string, name: string): string | null {
  const m = new RegExp(`^${table}_p(\\d{4})(\\d{2})(\\d{2})$`).exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function bound(t: HistoryTable, day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a day: ${day}`);
  return t.keyType === 'date' ? `'${day}'::date` : `'${day} 00:00:00+00'::timestamptz`;
}

/** SQL condition matching the rows of one day (day = 'YYYY-MM-DD'). */
export function dayRangeSql(t: HistoryTable, day: string): string {
  return `"${t.key}" >= ${bound(t, day)} AND "${t.key}" < ${bound(t, addDays(day, 1))}`;
}

async function rows<T>(q: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await q.query(sql, params)) as T[];
}

/** Names of the partitions of a table (DEFAULT included). */
export async function partitionsOf(q: Queryable, table: string): Promise<string[]> {
  const found = await rows<{ name: string }>(
    q,
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass ORDER BY 1`,
    [table],
  );
  return found.map((r) => r.name);
}

/**
 * Creates the partition of one day unless it exists; returns whether it created one. Rows of that day
 * already in the DEFAULT partition (written before the partition existed) are moved into it: PostgreSQL
 * refuses a new partition while DEFAULT holds rows of its range. Must run inside a transaction when that
 * can happen (the move detaches DEFAULT, creates the partition, moves the rows and attaches DEFAULT back).
 */
export async function createDayPartition(q: Queryable, t: HistoryTable, day: string): Promise<boolean> {
  const name = partitionName(t.table, day);
  const [{ present }] = await rows<{ present: boolean }>(q, `SELECT to_regclass($1) IS NOT NULL AS present`, [name]);
  if (present) return false;
  const range = dayRangeSql(t, day);
  const create = `CREATE TABLE IF NOT EXISTS "${name}" PARTITION OF "${t.table}" FOR VALUES FROM (${bound(t, day)}) TO (${bound(t, addDays(day, 1))})`;
  const fallback = defaultPartitionName(t.table);
  const [{ stray }] = await rows<{ stray: boolean }>(q, `SELECT EXISTS (SELECT 1 FROM "${fallback}" WHERE ${range}) AS stray`);
  if (!stray) {
    await q.query(create);
    return true;
  }
  await q.query(`ALTER TABLE "${t.table}" DETACH PARTITION "${fallback}"`);
  await q.query(create);
  await q.query(`WITH moved AS (DELETE FROM "${fallback}" WHERE ${range} RETURNING *) INSERT INTO "${t.table}" SELECT * FROM moved`);
  await q.query(`ALTER TABLE "${t.table}" ATTACH PARTITION "${fallback}" DEFAULT`);
  return true;
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
