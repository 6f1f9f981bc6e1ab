import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { textParam } from './text-param';

export interface NewEventRow {
  id: string;
  workspaceId: string;
  type: string;
  wabaId: string | null;
  phoneNumberId: string | null;
  envelope: Record<string, unknown>;
  createdAt: Date;
}

export interface StoredEventRow {
  id: string;
  workspaceId: string;
  type: string;
  envelope: Record<string, unknown>;
}

// 7 parameters a row; PostgreSQL allows 65,535 per statement. One statement holds a whole group commit.
const INSERT_CHUNK = 2000;

@Injectable()
export class EventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Multi-row insert that skips events already stored (same deterministic id).
   * Returns the ids that were new. Rows are inserted in id order so that concurrent transactions
   * inserting overlapping ids wait on each other instead of deadlocking.
   */
  async insertNew(rows: NewEventRow[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const inserted = new Set<string>();
    rows = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const chunk = rows.slice(start, start + INSERT_CHUNK);
      const params: unknown[] = [];
      const tuples = chunk.map((r) => {
        const b = params.length;
        params.push(r.id, r.workspaceId, r.type, textParam(r.wabaId), textParam(r.phoneNumberId), JSON.stringify(r.envelope), r.createdAt);
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}::json, $${b + 7})`;
      });
      const result: { id: string }[] = await manager.query(
        `INSERT INTO events (id, workspace_id, type, waba_id, phone_number_id, envelope, created_at)
         VALUES ${tuples.join(', ')} ON CONFLICT (id) DO NOTHING RETURNING id`,
        params,
      );
      for (const row of result) inserted.add(row.id);
    }
    return inserted;
  }

  async markPublished(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`UPDATE events SET published_at = now() WHERE id = ANY($1) AND published_at IS NULL`, [ids]);
  }

  /**
   * Outbox relay, inside a transaction: locks up to `limit` events committed more than `olderThanMs` ago
   * and not yet confirmed, skipping rows another replica's relay holds and the ids in `exclude`
   * (in flight in this process). The locks last until the caller's transaction ends.
   */
  async claimUnpublished(manager: EntityManager, olderThanMs: number, limit: number, exclude: string[]): Promise<StoredEventRow[]> {
    const rows: { id: string; workspace_id: string; type: string; envelope: Record<string, unknown> }[] = await manager.query(
      `SELECT id, workspace_id, type, envelope FROM events
       WHERE published_at IS NULL AND received_at < now() - ($1::int * interval '1 millisecond')
         AND NOT (id = ANY($3::text[]))
       ORDER BY received_at LIMIT $2
       FOR UPDATE SKIP LOCKED`,
      [olderThanMs, limit, exclude],
    );
    return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id, type: r.type, envelope: r.envelope }));
  }

  async countUnpublished(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM events WHERE published_at IS NULL`);
    return row.n;
  }

  async findForWorkspace(workspaceId: string, id: string): Promise<StoredEventRow | null> {
    const rows = await this.dataSource.query(`SELECT id, workspace_id, type, envelope FROM events WHERE id = $1 AND workspace_id = $2`, [id, workspaceId]);
    if (rows.length === 0) return null;
    return { id: rows[0].id, workspaceId: rows[0].workspace_id, type: rows[0].type, envelope: rows[0].envelope };
  }
}
