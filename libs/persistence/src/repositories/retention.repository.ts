import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEDUPE_WINDOW_DAYS } from '../partitions/history-partitions';

const RETENTION_LOCK_KEY = 7_305_212;

/**
 * Deletes rows past retention in small batches: each statement is short, so no long locks. Events,
 * deliveries and attempts leave by whole partitions (HistoryPartitionRepository); only what their DEFAULT
 * partitions caught is deleted row by row here.
 */
@Injectable()
export class RetentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** `$1` is the retention cutoff, except where `expiry` says the rows carry their own expiry (then `$1` is now). */
  private static readonly TABLES: { table: string; key: string; where: string; expiry?: true }[] = [
    // Rows of events dated before the oldest day partition (Meta's time, not ours): they are kept
    // RETENTION_DAYS from when they arrived, as before partitioning. ctid because ids repeat across days.
    { table: 'delivery_attempts_default', key: 'ctid', where: 'started_at < $1' },
    // A pending delivery still has a retry on its way; it goes once it settles.
    { table: 'deliveries_default', key: 'ctid', where: "updated_at < $1 AND state <> 'pending'" },
    // An event not yet confirmed by the broker is still the outbox's to publish.
    { table: 'events_default', key: 'ctid', where: 'received_at < $1 AND published_at IS NOT NULL' },
    { table: 'unhandled_changes', key: 'id', where: 'received_at < $1' },
    // Idempotency keys live 24 hours whatever RETENTION_DAYS says; no single-column key, hence ctid.
    { table: 'idempotency_keys', key: 'ctid', where: 'expires_at <= $1', expiry: true },
    // Event ids are remembered for Meta's retry window (DEDUPE_WINDOW_DAYS), whatever RETENTION_DAYS says;
    // their day partitions are dropped, and only ids filed while their day had no partition go row by row.
    {
      table: 'event_dedupe_default',
      key: 'ctid',
      where: `seen_day < (($1::timestamptz AT TIME ZONE 'UTC') - interval '${DEDUPE_WINDOW_DAYS} days')::date`,
      expiry: true,
    },
    // A settings-page sign-in is kept, revoked or not, for RETENTION_DAYS after it stopped working, then goes.
    { table: 'portal_sessions', key: 'id', where: 'LEAST(expires_at, COALESCE(revoked_at, expires_at)) < $1' },
  ];

  /** Runs `work` only if no other replica holds the retention lock; returns null when skipped. */
  async withLock<T>(work: () => Promise<T>): Promise<T | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [RETENTION_LOCK_KEY]);
      if (!locked) return null;
      try {
        return await work();
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [RETENTION_LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
  }

  /** Deletes up to `batch` rows of one table past `cutoff` (or, for rows with their own expiry, past `now`); returns how many went. */
  async deleteBatch(table: string, cutoff: Date, batch: number, now = new Date()): Promise<number> {
    const spec = RetentionRepository.TABLES.find((t) => t.table === table);
    if (!spec) throw new Error(`no retention rule for ${table}`);
    const result = await this.dataSource.query(
      `DELETE FROM ${spec.table} WHERE ${spec.key} IN (SELECT ${spec.key} FROM ${spec.table} WHERE ${spec.where} LIMIT $2)`,
      [spec.expiry ? now : cutoff, batch],
    );
    return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
  }

  get tables(): string[] {
    return RetentionRepository.TABLES.map((t) => t.table);
  }
}
