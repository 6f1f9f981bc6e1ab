import { randomBytes } from 'node:crypto';
import { AppConfig } from '@app/config';
import {
  dataSourceOptions,
  DeliveryRepository,
  dropDatabase,
  ensureDatabase,
  EventRepository,
  HistoryPartitionRepository,
  RetentionRepository,
  runMigrationsLocked,
} from '@app/persistence';
import { DataSource } from 'typeorm';
import { RetentionService } from '../apps/ingest/src/retention/retention.service';
import { testCipher } from './support/test-environment';

const DAY = 86_400_000;
const PARTITIONING = 'PartitionedHistory1765200000000';
const DEDUPE_BY_DAY = 'EventDedupeByDay1765300000010';
const WORKSPACE = '00000000-0000-4000-8000-000000000001';
const ENDPOINT = '00000000-0000-4000-8000-000000000002';

const utcDay = (at: Date) => at.toISOString().slice(0, 10);
const compact = (day: string) => day.replace(/-/g, '');

/** A migration's timestamp, from its class name. */
const stamp = (name: string) => Number(/(\d{13})$/.exec(name)?.[1] ?? 0);

/** Names of `first` and every later migration, in the order they run. */
function namesFrom(options: { migrations?: unknown }, first: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const names = (options.migrations as Function[]).map((m) => m.name);
  return names.filter((n) => stamp(n) >= stamp(first)).sort((a, b) => stamp(a) - stamp(b));
}

/** A database of this test's own, migrated up to (and without) `stopBefore` and every later migration, when given. */
async function database(stopBefore?: string): Promise<{ ds: DataSource; url: string }> {
  const url = `postgres://postgres@127.0.0.1:5432/wawh_test_part_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(url);
  const options = dataSourceOptions(url, testCipher());
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const all = options.migrations as Function[];
  const kept = stopBefore ? all.filter((m) => stamp(m.name) < stamp(stopBefore)) : all;
  const ds = await new DataSource({ ...options, migrations: kept }).initialize();
  await runMigrationsLocked(ds);
  return { ds, url };
}

async function close(db: { ds: DataSource; url: string }): Promise<void> {
  await db.ds.destroy();
  await dropDatabase(db.url);
}

async function partitions(ds: DataSource, table: string): Promise<string[]> {
  const rows: { name: string }[] = await ds.query(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass ORDER BY 1`,
    [table],
  );
  return rows.map((r) => r.name);
}

function event(id: string, createdAt: Date) {
  return {
    id,
    workspaceId: WORKSPACE,
    type: 'message.received',
    wabaId: 'w',
    phoneNumberId: 'p',
    envelope: { id, created_at: createdAt.toISOString() },
    createdAt,
  };
}

function attempt(eventId: string, eventDay: string, n: number, success: boolean) {
  return {
    deliveryId: `dlv_${eventId}`,
    eventId,
    endpointId: ENDPOINT,
    workspaceId: WORKSPACE,
    eventType: 'message.received',
    eventDay,
    attempt: n,
    trigger: 'auto' as const,
    startedAt: new Date(),
    durationMs: 3,
    statusCode: success ? 200 : 500,
    errorClass: success ? null : 'http_status',
    errorMessage: null,
    responseBody: null,
    success,
    state: success ? ('succeeded' as const) : ('pending' as const),
    nextAttemptAt: null,
  };
}

describe('partitioned history (events, deliveries, attempts by day)', () => {
  it('a fresh database gets partitioned tables, a DEFAULT partition and partitions a week ahead', async () => {
    const db = await database();
    try {
      const parted: { table: string; strategy: string; key: string }[] = await db.ds.query(
        `SELECT c.relname AS table, p.partstrat AS strategy, a.attname AS key
         FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid
         JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0] ORDER BY 1`,
      );
      expect(parted).toEqual([
        { table: 'deliveries', strategy: 'r', key: 'event_day' },
        { table: 'delivery_attempts', strategy: 'r', key: 'event_day' },
        { table: 'event_dedupe', strategy: 'r', key: 'seen_day' },
        { table: 'events', strategy: 'r', key: 'created_at' },
      ]);
      for (const table of ['events', 'deliveries', 'delivery_attempts']) {
        const names = await partitions(db.ds, table);
        expect(names).toContain(`${table}_default`);
        for (let n = 0; n <= 7; n++) expect(names).toContain(`${table}_p${compact(utcDay(new Date(Date.now() + n * DAY)))}`);
      }
      const [pk] = await db.ds.query(`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'event_dedupe_pkey'`);
      expect(pk.def).toBe('PRIMARY KEY (id, seen_day)');
      const dedupe = await partitions(db.ds, 'event_dedupe');
      expect(dedupe).toContain('event_dedupe_default');
      for (let n = 0; n <= 2; n++) expect(dedupe).toContain(`event_dedupe_p${compact(utcDay(new Date(Date.now() + n * DAY)))}`);
      expect(dedupe).not.toContain(`event_dedupe_p${compact(utcDay(new Date(Date.now() + 3 * DAY)))}`);
    } finally {
      await close(db);
    }
  });

  it('a Meta resend stored on another day (another partition) is still recognised as a duplicate', async () => {
    const db = await database();
    try {
      const events = new EventRepository(db.ds);
      const today = new Date();
      const tomorrow = new Date(today.getTime() + DAY);
      expect([...(await events.insertNew([event('evt_resent', today)]))]).toEqual(['evt_resent']);
      // Same id, a created_at a day later (a payload without its own time falls back to the arrival time).
      expect(await events.insertNew([event('evt_resent', tomorrow), event('evt_other', tomorrow)])).toEqual(new Set(['evt_other']));
      const rows: { id: string; part: string }[] = await db.ds.query(`SELECT id, tableoid::regclass::text AS part FROM events ORDER BY id`);
      expect(rows).toEqual([
        { id: 'evt_other', part: `events_p${compact(utcDay(tomorrow))}` },
        { id: 'evt_resent', part: `events_p${compact(utcDay(today))}` },
      ]);
    } finally {
      await close(db);
    }
  });

  it('an id first seen on an earlier day (another dedupe partition) is a duplicate; dedupe days leave whole after the window', async () => {
    const db = await database();
    try {
      const now = new Date();
      const partitionsRepo = new HistoryPartitionRepository(db.ds);
      const fiveDaysAgo = new Date(now.getTime() - 5 * DAY);
      const tenDaysAgo = new Date(now.getTime() - 10 * DAY);
      // As the retention job would have made them on those days.
      await partitionsRepo.ensure(tenDaysAgo, 0, tenDaysAgo);
      await partitionsRepo.ensure(fiveDaysAgo, 0, fiveDaysAgo);
      await db.ds.query(`INSERT INTO event_dedupe (id, seen_day) VALUES ('evt_seen_5d', $1), ('evt_seen_10d', $2)`, [utcDay(fiveDaysAgo), utcDay(tenDaysAgo)]);
      const events = new EventRepository(db.ds);
      // Seen five days ago: still within Meta's retry window, so a resend today is skipped.
      expect(await events.insertNew([event('evt_seen_5d', now), event('evt_new', now)])).toEqual(new Set(['evt_new']));
      const filed: { id: string; part: string }[] = await db.ds.query(`SELECT id, tableoid::regclass::text AS part FROM event_dedupe ORDER BY id`);
      expect(filed).toEqual([
        { id: 'evt_new', part: `event_dedupe_p${compact(utcDay(now))}` },
        { id: 'evt_seen_10d', part: `event_dedupe_p${compact(utcDay(tenDaysAgo))}` },
        { id: 'evt_seen_5d', part: `event_dedupe_p${compact(utcDay(fiveDaysAgo))}` },
      ]);
      // An id filed while its day had no partition (DEFAULT) and one past the window there.
      await db.ds.query(`INSERT INTO event_dedupe_default (id, seen_day) VALUES ('evt_default_old', $1)`, [utcDay(new Date(now.getTime() - 30 * DAY))]);

      const config = { retentionDays: 30, retentionIntervalMs: 3_600_000 } as AppConfig;
      const result = await new RetentionService(config, new RetentionRepository(db.ds), partitionsRepo).runOnce(now);
      expect(result?.droppedPartitions).toEqual([`event_dedupe_p${compact(utcDay(tenDaysAgo))}`]);
      expect(result?.deleted.event_dedupe_default).toBe(1);
      const left: { id: string }[] = await db.ds.query(`SELECT id FROM event_dedupe ORDER BY id`);
      expect(left.map((r) => r.id)).toEqual(['evt_new', 'evt_seen_5d']);
      // Ten days on, the id may come back as a new event (past Meta's 7-day retries): it is stored again.
      await db.ds.query(`DELETE FROM events`);
      expect(await events.insertNew([event('evt_seen_10d', now)])).toEqual(new Set(['evt_seen_10d']));
    } finally {
      await close(db);
    }
  });

  it('converts the dedupe table of an earlier install: remembered ids keep their first day, expired ones go', async () => {
    const db = await database(DEDUPE_BY_DAY);
    try {
      const now = Date.now();
      await db.ds.query(
        `INSERT INTO event_dedupe (id, expires_at) VALUES ('evt_recent', to_timestamp($1 / 1000.0) + interval '6 days'), ('evt_expired', to_timestamp($1 / 1000.0) - interval '1 hour')`,
        [now],
      );
      const options = dataSourceOptions(db.url, testCipher());
      await db.ds.destroy();
      db.ds = await new DataSource(options).initialize();
      expect(await runMigrationsLocked(db.ds)).toEqual(namesFrom(options, DEDUPE_BY_DAY));
      const rows: { id: string; seen_day: string; part: string }[] = await db.ds.query(
        `SELECT id, to_char(seen_day, 'YYYY-MM-DD') AS seen_day, tableoid::regclass::text AS part FROM event_dedupe`,
      );
      const firstSeen = utcDay(new Date(now - 2 * DAY)); // expiry in 6 days = seen 2 days ago with the 8-day window
      expect(rows).toEqual([{ id: 'evt_recent', seen_day: firstSeen, part: `event_dedupe_p${compact(firstSeen)}` }]);
      expect(await new EventRepository(db.ds).insertNew([event('evt_recent', new Date())])).toEqual(new Set());
    } finally {
      await close(db);
    }
  });

  it('attempts on a delivery update one row in its event day partition; the lookup touches that partition only', async () => {
    const db = await database();
    try {
      const deliveries = new DeliveryRepository(db.ds);
      const day = utcDay(new Date());
      await deliveries.recordAttempts([attempt('evt_a', day, 1, false)]);
      await deliveries.recordAttempts([attempt('evt_a', day, 2, true)]);
      const rows = await db.ds.query(`SELECT state, attempt_count, tableoid::regclass::text AS part FROM deliveries`);
      expect(rows).toEqual([{ state: 'succeeded', attempt_count: 2, part: `deliveries_p${compact(day)}` }]);
      const [{ n }] = await db.ds.query(`SELECT count(*)::int AS n FROM delivery_attempts WHERE event_day = $1`, [day]);
      expect(n).toBe(2);
      const plan: { 'QUERY PLAN': string }[] = await db.ds.query(
        `EXPLAIN UPDATE deliveries SET state = 'pending' WHERE id = 'dlv_evt_a' AND event_day = '${day}'::date`,
      );
      const touched = new Set(plan.flatMap((p) => p['QUERY PLAN'].match(/deliveries_(p\d{8}|default)/g) ?? []));
      expect([...touched]).toEqual([`deliveries_p${compact(day)}`]);
    } finally {
      await close(db);
    }
  });

  it('retention drops whole partitions past RETENTION_DAYS, keeps younger ones untouched, and clears what DEFAULT caught', async () => {
    const db = await database();
    try {
      const now = new Date();
      const old = new Date(now.getTime() - 10 * DAY);
      const young = new Date(now.getTime() - 1 * DAY);
      const partitionsRepo = new HistoryPartitionRepository(db.ds);
      // Partitions for the old day, as the job would have made them ten days ago.
      await partitionsRepo.ensure(old, 0, new Date(old.getTime() - DAY));
      const events = new EventRepository(db.ds);
      const deliveries = new DeliveryRepository(db.ds);
      await events.insertNew([event('evt_old', old), event('evt_young', young), event('evt_ancient', new Date(now.getTime() - 40 * DAY))]);
      await db.ds.query(`UPDATE events SET published_at = now()`);
      // DEFAULT rows expire by arrival: this one arrived long ago too.
      await db.ds.query(`UPDATE events SET received_at = created_at WHERE id = 'evt_ancient'`);
      await deliveries.recordAttempts([attempt('evt_old', utcDay(old), 1, true), attempt('evt_young', utcDay(young), 1, true)]);
      // Settings-page sign-ins: one that stopped working (expired) 10 days ago, one revoked 10 days ago, one still valid.
      const [{ id: workspaceId }] = await db.ds.query(`INSERT INTO workspaces (name) VALUES ('retention') RETURNING id`);
      await db.ds.query(
        `INSERT INTO portal_sessions (workspace_id, prefix, token_hash, expires_at, revoked_at) VALUES
           ($1, 'ps_old', 'h-old', $2, NULL), ($1, 'ps_revoked', 'h-revoked', $3, $2), ($1, 'ps_live', 'h-live', $3, NULL)`,
        [workspaceId, old, new Date(now.getTime() + DAY)],
      );
      const [{ part: ancientPart }] = await db.ds.query(`SELECT tableoid::regclass::text AS part FROM events WHERE id = 'evt_ancient'`);
      expect(ancientPart).toBe('events_default');

      const config = { retentionDays: 3, retentionIntervalMs: 3_600_000 } as AppConfig;
      const service = new RetentionService(config, new RetentionRepository(db.ds), partitionsRepo);
      const result = await service.runOnce(now);

      expect(result?.droppedPartitions).toEqual(
        expect.arrayContaining(['delivery_attempts', 'deliveries', 'events'].map((t) => `${t}_p${compact(utcDay(old))}`)),
      );
      for (const table of ['events', 'deliveries', 'delivery_attempts']) {
        expect(await partitions(db.ds, table)).not.toContain(`${table}_p${compact(utcDay(old))}`);
      }
      expect(result?.deleted.events_default).toBe(1); // the ancient event, row by row from DEFAULT
      expect(result?.deleted.portal_sessions).toBe(2);
      const sessions: { prefix: string }[] = await db.ds.query(`SELECT prefix FROM portal_sessions`);
      expect(sessions.map((r) => r.prefix)).toEqual(['ps_live']);
      const ids: { id: string }[] = await db.ds.query(`SELECT id FROM events ORDER BY id`);
      expect(ids.map((r) => r.id)).toEqual(['evt_young']);
      const [kept] = await db.ds.query(`SELECT count(*)::int AS n FROM deliveries`);
      expect(kept.n).toBe(1);
      // The partition that stays lost no row to a DELETE.
      const [stat] = await db.ds.query(`SELECT n_tup_del::int AS n FROM pg_stat_user_tables WHERE relname = $1`, [`events_p${compact(utcDay(young))}`]);
      expect(stat.n).toBe(0);
    } finally {
      await close(db);
    }
  });

  it('an expired events partition still holding unpublished events is kept until they are published', async () => {
    const db = await database();
    try {
      const now = new Date();
      const old = new Date(now.getTime() - 10 * DAY);
      const partitionsRepo = new HistoryPartitionRepository(db.ds);
      await partitionsRepo.ensure(old, 0, new Date(old.getTime() - DAY));
      await new EventRepository(db.ds).insertNew([event('evt_unpublished', old)]);
      const { dropped, kept } = await partitionsRepo.dropExpired(new Date(now.getTime() - 3 * DAY));
      expect(kept.map((k) => k.partition)).toEqual([`events_p${compact(utcDay(old))}`]);
      const droppedNames = dropped.map((d) => d.partition);
      expect(droppedNames).toEqual(expect.arrayContaining([`deliveries_p${compact(utcDay(old))}`, `delivery_attempts_p${compact(utcDay(old))}`]));
      expect(droppedNames).not.toContain(`events_p${compact(utcDay(old))}`);
      const [{ n }] = await db.ds.query(`SELECT count(*)::int AS n FROM events WHERE id = 'evt_unpublished'`);
      expect(n).toBe(1);
    } finally {
      await close(db);
    }
  });

  it('creating a day partition moves the rows DEFAULT caught for that day into it', async () => {
    const db = await database();
    try {
      const future = new Date(Date.now() + 20 * DAY);
      await new EventRepository(db.ds).insertNew([event('evt_future', future)]);
      const where = async () => (await db.ds.query(`SELECT tableoid::regclass::text AS part FROM events WHERE id = 'evt_future'`))[0].part;
      expect(await where()).toBe('events_default');
      await new HistoryPartitionRepository(db.ds).ensure(future, 0, new Date());
      expect(await where()).toBe(`events_p${compact(utcDay(future))}`);
    } finally {
      await close(db);
    }
  });

  it('converts an install of the previous schema without losing a row, and dedupe holds across the swap', async () => {
    const db = await database(PARTITIONING);
    try {
      const now = Date.now();
      // Rows as the previous release wrote them, spread over 12 days.
      await db.ds.query(
        `INSERT INTO events (id, workspace_id, type, envelope, created_at, received_at, published_at)
         SELECT 'evt_' || g, $1, 'message.received', json_build_object('id', 'evt_' || g, 'n', g),
                to_timestamp($2 / 1000.0) - (g % 12) * interval '1 day', to_timestamp($2 / 1000.0) - (g % 12) * interval '1 day',
                CASE WHEN g % 50 = 0 THEN NULL ELSE now() END
         FROM generate_series(1, 600) g`,
        [WORKSPACE, now],
      );
      await db.ds.query(
        `INSERT INTO deliveries (id, event_id, endpoint_id, workspace_id, event_type, state, attempt_count, created_at, updated_at)
         SELECT 'dlv_' || g, CASE WHEN g % 100 = 0 THEN 'evt_gone_' || g ELSE 'evt_' || g END, $1, $2, 'message.received',
                CASE WHEN g % 3 = 0 THEN 'failed' ELSE 'succeeded' END, 1 + g % 3, now() - (g % 12) * interval '1 day', now()
         FROM generate_series(1, 600) g`,
        [ENDPOINT, WORKSPACE],
      );
      await db.ds.query(
        `INSERT INTO delivery_attempts (delivery_id, event_id, endpoint_id, attempt, started_at, duration_ms, status_code, success)
         SELECT 'dlv_' || (1 + g % 600), 'evt_' || (1 + g % 600), $1, 1 + g / 600, now() - (g % 12) * interval '1 day', g % 90, 200, true
         FROM generate_series(0, 1199) g`,
        [ENDPOINT],
      );
      const fingerprint = async () => ({
        events: (
          await db.ds.query(
            `SELECT md5(string_agg(id || envelope::text || created_at::text || coalesce(published_at::text, '-'), ',' ORDER BY id)) AS h FROM events`,
          )
        )[0].h,
        deliveries: (
          await db.ds.query(`SELECT md5(string_agg(id || event_id || state || attempt_count || created_at::text, ',' ORDER BY id)) AS h FROM deliveries`)
        )[0].h,
        attempts: (
          await db.ds.query(`SELECT md5(string_agg(id || delivery_id || attempt || started_at::text, ',' ORDER BY id)) AS h FROM delivery_attempts`)
        )[0].h,
        counts: (
          await db.ds.query(
            `SELECT (SELECT count(*) FROM events)::int AS e, (SELECT count(*) FROM deliveries)::int AS d, (SELECT count(*) FROM delivery_attempts)::int AS a`,
          )
        )[0],
        maxAttemptId: (await db.ds.query(`SELECT max(id)::int AS m FROM delivery_attempts`))[0].m,
      });
      const before = await fingerprint();
      expect(before.counts).toEqual({ e: 600, d: 600, a: 1200 });

      // Upgrade: the full migration list, as the new release runs it at boot.
      const options = dataSourceOptions(db.url, testCipher());
      await db.ds.destroy();
      db.ds = await new DataSource(options).initialize();
      expect(await runMigrationsLocked(db.ds)).toEqual(namesFrom(options, PARTITIONING));

      expect(await fingerprint()).toEqual(before);
      const [{ n: parted }] = await db.ds.query(`SELECT count(*)::int AS n FROM pg_partitioned_table`);
      expect(parted).toBe(4);
      const [{ n: inDefault }] = await db.ds.query(
        `SELECT (SELECT count(*) FROM events_default) + (SELECT count(*) FROM deliveries_default) + (SELECT count(*) FROM delivery_attempts_default) AS n`,
      );
      expect(Number(inDefault)).toBe(0);
      // Deliveries sit in their event's day; attempts with their delivery.
      const [{ n: misplaced }] = await db.ds.query(
        `SELECT count(*)::int AS n FROM deliveries d JOIN events e ON e.id = d.event_id WHERE d.event_day <> (e.created_at AT TIME ZONE 'UTC')::date`,
      );
      expect(misplaced).toBe(0);
      const [{ n: apart }] = await db.ds.query(
        `SELECT count(*)::int AS n FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE a.event_day <> d.event_day`,
      );
      expect(apart).toBe(0);

      // Events received in the last 8 days are remembered: storing one again (any day) is a duplicate.
      const events = new EventRepository(db.ds);
      const recent = (await db.ds.query(`SELECT id FROM events WHERE received_at > now() - interval '2 days' ORDER BY id LIMIT 1`))[0].id;
      expect(await events.insertNew([event(recent, new Date(now + 2 * DAY))])).toEqual(new Set());
      // New attempts continue the id sequence.
      await new DeliveryRepository(db.ds).recordAttempts([attempt('evt_1', utcDay(new Date()), 9, true)]);
      const [{ m }] = await db.ds.query(`SELECT max(id)::int AS m FROM delivery_attempts`);
      expect(m).toBe(before.maxAttemptId + 1);
    } finally {
      await close(db);
    }
  });
});
