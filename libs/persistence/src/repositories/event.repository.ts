import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { eventDayOf } from '../partitions/history-partitions';
import { poolOf } from './pg-pool';
import { textParam } from './text-param';

export interface NewEventRow {
  id: string;
  workspaceId: string;
  type: string;
  wabaId: string | null;
  phoneNumberId: string | null;
  envelope: Record<string, unknown>;
  /** The envelope's JSON text when the caller has it already (the ingest publishes that same text): not serialised again. */
  envelopeJson?: string;
  createdAt: Date;
}

/** An event's id and its created_at (the partition key; the envelope's created_at will do). */
export interface EventKey {
  id: string;
  createdAt: Date | string;
}

export interface StoredEventRow {
  id: string;
  createdAt: Date;
  workspaceId: string;
  type: string;
  envelope: Record<string, unknown>;
}

// 7 parameters a row; PostgreSQL allows 65,535 per statement. One statement holds a whole group commit.
const INSERT_CHUNK = 2000;

/** The VALUES tuple of one new event whose 7 parameters start after `offset` (id, workspace, type, WABA, number, envelope JSON, created_at). */
export function newEventTuple(offset: number): string {
  const b = offset;
  return `($${b + 1}, $${b + 2}::uuid, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}::json, $${b + 7}::timestamptz)`;
}

/**
 * The one statement that stores new events and skips those already seen (see insertNew); the bench's raw
 * ingest server runs the same text. The second ON CONFLICT covers an id whose dedupe entry expired while
 * the event is still kept.
 */
export function insertNewEventsSql(tuples: string[]): string {
  return `WITH v (id, workspace_id, type, waba_id, phone_number_id, envelope, created_at) AS (VALUES ${tuples.join(', ')}),
         fresh AS (
           INSERT INTO event_dedupe (id, seen_day)
           SELECT v.id, (now() AT TIME ZONE 'UTC')::date FROM v
           WHERE NOT EXISTS (SELECT 1 FROM event_dedupe d WHERE d.id = v.id) ORDER BY v.id
           ON CONFLICT (id, seen_day) DO NOTHING RETURNING id)
         INSERT INTO events (id, workspace_id, type, waba_id, phone_number_id, envelope, created_at)
         SELECT v.id, v.workspace_id, v.type, v.waba_id, v.phone_number_id, v.envelope, v.created_at FROM v JOIN fresh ON fresh.id = v.id
         ON CONFLICT (id, created_at) DO NOTHING RETURNING id`;
}

/**
 * Batches of up to this many rows run the insert as a named (prepared) statement, one per row count:
 * PostgreSQL then plans it once per connection and count instead of on every call, and planning the
 * dedupe probe over every `event_dedupe` partition cost more than the insert itself (backend CPU
 * 1.2–1.9 ms a 7-row statement unprepared, 0.73 ms prepared). Each count keeps ~200 KB of plan per
 * connection, hence the bound; larger batches are rarer and spread the planning over more rows.
 */
export const PREPARED_INSERT_MAX_ROWS = 16;

/** The prepared statement's name for a batch of `rows` rows, or undefined above PREPARED_INSERT_MAX_ROWS. */
export function insertNewEventsStatementName(rows: number): string | undefined {
  return rows <= PREPARED_INSERT_MAX_ROWS ? `wawh_insert_new_events_${rows}` : undefined;
}

@Injectable()
export class EventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Multi-row insert that skips events already stored (same deterministic id). Returns the ids that
   * were new. One statement: the ids go into event_dedupe first, under today's day, unless a day of the
   * dedupe window already has them (a concurrent insert of the same id today meets the primary key and
   * waits for the other transaction), and only the rows whose id was new there are inserted into events,
   * whatever day's partition they belong to. Rows are inserted in id order so that concurrent
   * transactions inserting overlapping ids wait on each other instead of deadlocking.
   */
  async insertNew(rows: NewEventRow[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const inserted = new Set<string>();
    rows = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const chunk = rows.slice(start, start + INSERT_CHUNK);
      const params: unknown[] = [];
      const tuples = chunk.map((r) => {
        const b = params.length;
        params.push(r.id, r.workspaceId, r.type, textParam(r.wabaId), textParam(r.phoneNumberId), r.envelopeJson ?? JSON.stringify(r.envelope), r.createdAt);
        return newEventTuple(b);
      });
      const text = insertNewEventsSql(tuples);
      const name = manager === this.dataSource.manager ? insertNewEventsStatementName(chunk.length) : undefined;
      // Named statements go to the pool itself (TypeORM's query() has no name); a caller's transaction keeps its own connection.
      const result: { id: string }[] = name ? (await poolOf(this.dataSource).query({ name, text, values: params })).rows : await manager.query(text, params);
      for (const row of result) inserted.add(row.id);
    }
    return inserted;
  }

  /**
   * Sets published_at. The days of the events' created_at bound the statement, so PostgreSQL plans it
   * over those days' partitions only (planning an id list over every partition cost more than the update).
   */
  async markPublished(keys: EventKey[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (keys.length === 0) return;
    const days = keys.map((k) => eventDayOf(k.createdAt)).sort();
    await manager.query(
      `UPDATE events SET published_at = now()
       WHERE id = ANY($1) AND published_at IS NULL
         AND created_at >= ($2::date::timestamp AT TIME ZONE 'UTC') AND created_at < (($3::date + 1)::timestamp AT TIME ZONE 'UTC')`,
      [keys.map((k) => k.id), days[0], days[days.length - 1]],
    );
  }

  /**
   * Outbox relay, inside a transaction: locks up to `limit` events committed more than `olderThanMs` ago
   * and not yet confirmed, skipping rows another replica's relay holds and the ids in `exclude`
   * (in flight in this process). The locks last until the caller's transaction ends.
   */
  async claimUnpublished(manager: EntityManager, olderThanMs: number, limit: number, exclude: string[]): Promise<StoredEventRow[]> {
    const rows: { id: string; workspace_id: string; type: string; envelope: Record<string, unknown>; created_at: Date }[] = await manager.query(
      `SELECT id, workspace_id, type, envelope, created_at FROM events
       WHERE published_at IS NULL AND received_at < now() - ($1::int * interval '1 millisecond')
         AND NOT (id = ANY($3::text[]))
       ORDER BY received_at LIMIT $2
       FOR UPDATE SKIP LOCKED`,
      [olderThanMs, limit, exclude],
    );
    return rows.map((r) => ({ id: r.id, createdAt: r.created_at, workspaceId: r.workspace_id, type: r.type, envelope: r.envelope }));
  }

  async countUnpublished(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM events WHERE published_at IS NULL`);
    return row.n;
  }

  /**
   * By id; `day` (the event's UTC day, which a delivery carries as event_day) confines the lookup to that
   * day's partition, else every partition's primary key is probed. The newest copy wins (an id seen again
   * after its dedupe entry expired is stored again).
   */
  async findForWorkspace(workspaceId: string, id: string, day?: string): Promise<StoredEventRow | null> {
    const params: unknown[] = [id, workspaceId];
    let within = '';
    if (day) {
      params.push(day);
      within = `AND created_at >= ($3::date::timestamp AT TIME ZONE 'UTC') AND created_at < (($3::date + 1)::timestamp AT TIME ZONE 'UTC')`;
    }
    const rows = await this.dataSource.query(
      `SELECT id, workspace_id, type, envelope, created_at FROM events WHERE id = $1 AND workspace_id = $2 ${within} ORDER BY received_at DESC LIMIT 1`,
      params,
    );
    if (rows.length === 0) return null;
    return { id: rows[0].id, createdAt: rows[0].created_at, workspaceId: rows[0].workspace_id, type: rows[0].type, envelope: rows[0].envelope };
  }
}
