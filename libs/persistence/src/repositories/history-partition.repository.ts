import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  addDays,
  createDayPartition,
  dayOfPartition,
  daysBefore,
  daysBetween,
  DEDUPE_TABLE,
  DEDUPE_WINDOW_DAYS,
  HISTORY_TABLES,
  HistoryTable,
  partitionName,
  partitionsOf,
  utcDay,
} from '../partitions/history-partitions';

/** Meta resends for up to 7 days: partitions of that many past days are kept ready for late events. */
const PAST_DAYS_READY = 7;

/**
 * event_dedupe files ids under today only, and every lookup probes each of its partitions: two days ahead
 * cover a retention job that has not run since yesterday, and keep the probe short.
 */
const DEDUPE_DAYS_AHEAD = 2;

/** How long a partition drop waits for its lock before giving up until the next pass. */
const DROP_LOCK_TIMEOUT = '2s';

export interface DroppedPartition {
  table: string;
  partition: string;
}

/**
 * Keeps the day partitions of events, deliveries and attempts: creates them ahead of time and drops
 * those wholly past retention. Callers hold the retention advisory lock (one replica at a time).
 */
@Injectable()
export class HistoryPartitionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Creates the partitions of every day from the last week (bounded by the retention cutoff) to
   * `daysAhead` days after `now`, and those of event_dedupe from today to DEDUPE_DAYS_AHEAD days on (ids
   * are filed under the day they are first seen, never a past one); returns the names created. Each day of each table in its own
   * short transaction.
   */
  async ensure(now: Date, daysAhead: number, cutoff: Date): Promise<string[]> {
    const today = utcDay(now);
    const oldest = [addDays(today, -PAST_DAYS_READY), utcDay(cutoff)].sort()[1];
    const wanted: { t: HistoryTable; days: string[] }[] = [
      ...HISTORY_TABLES.map((t) => ({ t, days: daysBetween(oldest, addDays(today, daysAhead)) })),
      { t: DEDUPE_TABLE, days: daysBetween(today, addDays(today, Math.min(daysAhead, DEDUPE_DAYS_AHEAD))) },
    ];
    const created: string[] = [];
    for (const { t, days } of wanted) {
      // One catalog read per table; only missing days cost a transaction.
      const existing = new Set(await partitionsOf(this.dataSource, t.table));
      for (const day of days) {
        if (existing.has(partitionName(t.table, day))) continue;
        const made = await this.dataSource.transaction((m) => createDayPartition(m, t, day));
        if (made) created.push(`${t.table}_${day}`);
      }
    }
    return created;
  }

  /**
   * Drops the history partitions whose whole day is before `cutoff`, and the event_dedupe partitions
   * whose whole day is more than DEDUPE_WINDOW_DAYS before `now`. Plain DROP TABLE (not DETACH
   * CONCURRENTLY, which cannot run in a transaction and leaves a half-detached partition behind if
   * interrupted): it takes an ACCESS EXCLUSIVE lock on the parent for the length of a catalog change, with
   * a lock timeout so a long query on the table makes this pass skip the partition instead of queueing
   * writers behind it. An events partition still holding unpublished events is kept: they are the
   * outbox's to publish.
   */
  async dropExpired(cutoff: Date, now = new Date()): Promise<{ dropped: DroppedPartition[]; kept: DroppedPartition[] }> {
    const dropped: DroppedPartition[] = [];
    const kept: DroppedPartition[] = [];
    const dedupeCutoff = daysBefore(now, DEDUPE_WINDOW_DAYS);
    const rules = [...HISTORY_TABLES.map((t) => ({ t, before: cutoff })), { t: DEDUPE_TABLE, before: dedupeCutoff }];
    for (const { t, before } of rules) {
      for (const partition of await partitionsOf(this.dataSource, t.table)) {
        const day = dayOfPartition(t.table, partition);
        if (!day || Date.parse(`${addDays(day, 1)}T00:00:00Z`) > before.getTime()) continue;
        if (t.table === 'events') {
          const [{ pending }] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM "${partition}" WHERE published_at IS NULL) AS pending`);
          if (pending) {
            kept.push({ table: t.table, partition });
            continue;
          }
        }
        try {
          await this.dataSource.transaction(async (m) => {
            await m.query(`SET LOCAL lock_timeout = '${DROP_LOCK_TIMEOUT}'`);
            await m.query(`DROP TABLE "${partition}"`);
          });
          dropped.push({ table: t.table, partition });
        } catch (err) {
          if ((err as { code?: string }).code !== '55P03') throw err; // lock_not_available: next pass
          kept.push({ table: t.table, partition });
        }
      }
    }
    return { dropped, kept };
  }
}
