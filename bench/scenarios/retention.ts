import { randomBytes } from 'node:crypto';
import { AppConfig } from '@app/config';
import { dataSourceOptions, dropDatabase, ensureDatabase, HistoryPartitionRepository, RetentionRepository, runMigrationsLocked } from '@app/persistence';
import { DataSource } from 'typeorm';
import { RetentionService } from '../../apps/ingest/src/retention/retention.service';
import { testCipher } from '../../test/support/test-environment';
import { BenchContext, Scenario } from '../support/context';
import { Row } from '../support/report';
import { int, mb, ms } from '../support/stats';

const DAY_MS = 86_400_000;
const RETENTION_DAYS = 3;
const BATCH = 2000;
const WORKSPACE = '00000000-0000-4000-8000-00000000000a';
const ENDPOINT = '00000000-0000-4000-8000-00000000000b';

/** The unpartitioned tables and indexes of the previous release, side by side with the partitioned ones. */
const LEGACY_SCHEMA = [
  `CREATE TABLE legacy_events (id text PRIMARY KEY, workspace_id uuid NOT NULL, type text NOT NULL, waba_id text, phone_number_id text,
     envelope json NOT NULL, created_at timestamptz NOT NULL, received_at timestamptz NOT NULL DEFAULT now(), published_at timestamptz)`,
  `CREATE INDEX legacy_events_workspace_received_idx ON legacy_events (workspace_id, received_at)`,
  `CREATE INDEX legacy_events_unpublished_idx ON legacy_events (received_at) WHERE published_at IS NULL`,
  `CREATE INDEX legacy_events_received_idx ON legacy_events (received_at)`,
  `CREATE TABLE legacy_deliveries (id text PRIMARY KEY, event_id text NOT NULL, endpoint_id uuid NOT NULL, workspace_id uuid NOT NULL,
     event_type text NOT NULL, state text NOT NULL, attempt_count integer NOT NULL DEFAULT 0, last_attempt_at timestamptz,
     last_status_code integer, last_error text, next_attempt_at timestamptz, created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE INDEX legacy_deliveries_endpoint_created_idx ON legacy_deliveries (endpoint_id, created_at, id)`,
  `CREATE INDEX legacy_deliveries_event_idx ON legacy_deliveries (event_id)`,
  `CREATE INDEX legacy_deliveries_endpoint_state_idx ON legacy_deliveries (endpoint_id, state, created_at)`,
  `CREATE TABLE legacy_delivery_attempts (id bigserial PRIMARY KEY, delivery_id text NOT NULL, event_id text NOT NULL, endpoint_id uuid NOT NULL,
     attempt integer NOT NULL, trigger text NOT NULL DEFAULT 'auto', started_at timestamptz NOT NULL, duration_ms integer NOT NULL,
     status_code integer, error_class text, error_message text, response_body text, success boolean NOT NULL)`,
  `CREATE INDEX legacy_delivery_attempts_delivery_idx ON legacy_delivery_attempts (delivery_id, attempt)`,
  `CREATE INDEX legacy_delivery_attempts_started_idx ON legacy_delivery_attempts (started_at)`,
  `CREATE INDEX legacy_delivery_attempts_endpoint_started_idx ON legacy_delivery_attempts (endpoint_id, started_at)`,
];

/** The previous release's retention: batched DELETEs, same batch size and conditions (without its pauses). */
const LEGACY_DELETES = [
  `DELETE FROM legacy_delivery_attempts WHERE id IN (SELECT id FROM legacy_delivery_attempts WHERE started_at < $1 LIMIT ${BATCH})`,
  `DELETE FROM legacy_deliveries WHERE id IN (SELECT id FROM legacy_deliveries WHERE updated_at < $1 AND state <> 'pending' LIMIT ${BATCH})`,
  `DELETE FROM legacy_events WHERE id IN (SELECT id FROM legacy_events WHERE received_at < $1 AND published_at IS NOT NULL LIMIT ${BATCH})`,
];

/** One simulated day of history, the same rows in both layouts: an event, its delivery and one attempt each. */
function fillSql(prefix: '' | 'legacy_', partitioned: boolean): string[] {
  // $1: day start, $2: events that day, $3: day tag. Envelopes of ~600 bytes, like a status update.
  const at = `$1::timestamptz + (g * (86400.0 / $2)) * interval '1 second'`;
  const day = partitioned ? `, ($1::timestamptz AT TIME ZONE 'UTC')::date` : '';
  return [
    `INSERT INTO ${prefix}events (id, workspace_id, type, waba_id, phone_number_id, envelope, created_at, received_at, published_at)
     SELECT 'evt_' || $3 || '_' || g, '${WORKSPACE}', 'message.status_updated', '300000000000001', '300000000000002',
            json_build_object('id', 'evt_' || $3 || '_' || g, 'type', 'message.status_updated', 'created_at', ${at},
              'workspace_id', '${WORKSPACE}', 'data', json_build_object('message_id', 'wamid.' || md5(g::text || $3), 'status', 'delivered',
              'recipient', '+4917' || (g % 100000000)), 'raw', json_build_object('field', 'messages', 'value', repeat('x', 300))),
            ${at}, ${at}, ${at}
     FROM generate_series(1, $2::int) g`,
    `INSERT INTO ${prefix}deliveries (id, event_id, endpoint_id, workspace_id, event_type, state, attempt_count, last_attempt_at,
       last_status_code, created_at, updated_at${partitioned ? ', event_day' : ''})
     SELECT 'dlv_' || $3 || '_' || g, 'evt_' || $3 || '_' || g, '${ENDPOINT}', '${WORKSPACE}', 'message.status_updated', 'succeeded', 1,
            ${at}, 200, ${at}, ${at}${day}
     FROM generate_series(1, $2::int) g`,
    `INSERT INTO ${prefix}delivery_attempts (delivery_id, event_id, endpoint_id, attempt, trigger, started_at, duration_ms, status_code,
       response_body, success${partitioned ? ', event_day' : ''})
     SELECT 'dlv_' || $3 || '_' || g, 'evt_' || $3 || '_' || g, '${ENDPOINT}', 1, 'auto', ${at}, 40, 200, 'ok', true${day}
     FROM generate_series(1, $2::int) g`,
    ...(partitioned
      ? [
          `INSERT INTO event_dedupe (id, seen_day) SELECT 'evt_' || $3 || '_' || g, ($1::timestamptz AT TIME ZONE 'UTC')::date FROM generate_series(1, $2::int) g`,
        ]
      : []),
  ];
}

/** Bytes of tables, indexes and TOAST; a partitioned table counts its partitions. */
async function size(ds: DataSource, tables: string[]): Promise<number> {
  const [{ bytes }] = await ds.query(
    `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS bytes FROM pg_class c
     WHERE c.relkind = 'r' AND (c.oid = ANY($1::regclass[])
        OR c.oid IN (SELECT relid FROM unnest($1::regclass[]) t, LATERAL pg_partition_tree(t) WHERE isleaf))`,
    [tables],
  );
  return Number(bytes);
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function run(ctx: BenchContext): Promise<Row[]> {
  // Nine days: the dedupe ids of day 1 expire (DEDUPE_WINDOW_DAYS = 8) and the drop of their partition shows up.
  const days = ctx.quick ? 6 : 9;
  const perDay = ctx.quick ? 50_000 : 80_000;
  const url = `postgres://postgres@127.0.0.1:5432/wawh_bench_retention_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(url);
  const ds = await new DataSource(dataSourceOptions(url, testCipher(), { extra: { max: 4 } })).initialize();
  const rows: Row[] = [];
  try {
    await runMigrationsLocked(ds);
    for (const sql of LEGACY_SCHEMA) await ds.query(sql);
    const partitions = new HistoryPartitionRepository(ds);
    const service = new RetentionService({ retentionDays: RETENTION_DAYS, retentionIntervalMs: DAY_MS } as AppConfig, new RetentionRepository(ds), partitions);
    const firstDay = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()) - days * DAY_MS;
    // Partitions as the job would have made them ahead of the first simulated day.
    await partitions.ensure(new Date(firstDay), 7, new Date(firstDay - DAY_MS));

    let partTotal = 0;
    let legacyTotal = 0;
    let legacyVacuumTotal = 0;
    let partDropped = 0;
    let legacyDeleted = 0;
    for (let d = 0; d < days; d++) {
      const dayStart = new Date(firstDay + d * DAY_MS);
      const tag = `d${d}`;
      for (const sql of fillSql('', true)) await ds.query(sql, [dayStart, perDay, tag]);
      for (const sql of fillSql('legacy_', false)) await ds.query(sql, [dayStart, perDay, tag]);
      await ds.query(`ANALYZE`);
      // The retention pass at the end of the simulated day.
      const now = new Date(dayStart.getTime() + DAY_MS);
      const cutoff = new Date(now.getTime() - RETENTION_DAYS * DAY_MS);
      let result: Awaited<ReturnType<RetentionService['runOnce']>> = null;
      const partMs = await timed(async () => (result = await service.runOnce(now)));
      let deleted = 0;
      const legacyMs = await timed(async () => {
        for (const sql of LEGACY_DELETES) {
          for (;;) {
            const r = await ds.query(sql, [cutoff]);
            const n = Array.isArray(r) && typeof r[1] === 'number' ? r[1] : 0;
            deleted += n;
            if (n < BATCH) break;
          }
        }
      });
      // Autovacuum does this in the background after a DELETE; timed here so its cost is visible.
      const vacuumMs = await timed(async () => {
        for (const t of ['legacy_delivery_attempts', 'legacy_deliveries', 'legacy_events']) await ds.query(`VACUUM ${t}`);
      });
      const droppedNames = (result as Awaited<ReturnType<RetentionService['runOnce']>>)?.droppedPartitions ?? [];
      const dedupeDropped = droppedNames.filter((n) => n.startsWith('event_dedupe_')).length;
      const dropped = droppedNames.length - dedupeDropped;
      const partBytes = await size(ds, ['events', 'deliveries', 'delivery_attempts']);
      const dedupeBytes = await size(ds, ['event_dedupe']);
      const legacyBytes = await size(ds, ['legacy_events', 'legacy_deliveries', 'legacy_delivery_attempts']);
      partTotal += partMs;
      legacyTotal += legacyMs;
      legacyVacuumTotal += vacuumMs;
      partDropped += dropped;
      legacyDeleted += deleted;
      ctx.log(
        `day ${d + 1}: partitions ${ms(partMs)} (${dropped} history + ${dedupeDropped} dedupe dropped), ${mb(partBytes)} + dedupe ${mb(dedupeBytes)}; ` +
          `DELETE ${ms(legacyMs)} (${int(deleted)} rows) + VACUUM ${ms(vacuumMs)}, ${mb(legacyBytes)}`,
      );
      rows.push({
        scenario: 'retention',
        measure: `day ${d + 1}: retention pass (history size after)`,
        value: `${ms(partMs)} (${mb(partBytes)} + dedupe ${mb(dedupeBytes)})`,
        raw: `${ms(legacyMs)} + VACUUM ${ms(vacuumMs)} (${mb(legacyBytes)})`,
        note: `partition drop: ${dropped} history partitions, ${dedupeDropped} dedupe partition(s) (${int(dedupeDropped * perDay)} ids); batched DELETE: ${int(deleted)} rows`,
      });
    }
    rows.push({
      scenario: 'retention',
      measure: `all ${days} passes (${int(perDay)} events/day, each with a delivery and an attempt; RETENTION_DAYS=${RETENTION_DAYS})`,
      value: ms(partTotal),
      raw: `${ms(legacyTotal)} + VACUUM ${ms(legacyVacuumTotal)}`,
      note: `${partDropped} partitions dropped vs ${int(legacyDeleted)} rows deleted; ${int(days * perDay * 3)} history rows written per layout`,
    });
    return rows;
  } finally {
    await ds.destroy();
    await dropDatabase(url);
  }
}

export const retentionScenario: Scenario = {
  name: 'retention',
  description: 'Simulated days of history: retention by dropping day partitions vs the previous batched DELETE, and table size per day',
  run,
};
