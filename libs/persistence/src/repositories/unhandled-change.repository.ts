import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { UnhandledChangeEntity, UnhandledReason } from '../entities';
import { textParam } from './text-param';

export interface NewUnhandledChange {
  reason: UnhandledReason;
  object: string | null;
  wabaId: string | null;
  field: string | null;
  /**
   * JSON text of the value, already checked to be storable as jsonb (see the ingest's storable-json);
   * null when Meta sent none.
   */
  valueJson: string | null;
  /** Where the item sits in the change value, for an unreadable item. */
  path?: string | null;
  error: string | null;
  /** Same change received again (Meta retries) → same key → stored once. */
  dedupKey: string;
}

// 8 parameters a row; PostgreSQL allows 65,535 per statement.
const INSERT_CHUNK = 2000;

@Injectable()
export class UnhandledChangeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores the changes not stored yet; returns the reasons of those it stored. */
  async insertMany(rows: NewUnhandledChange[], manager: EntityManager = this.dataSource.manager): Promise<UnhandledReason[]> {
    const stored: UnhandledReason[] = [];
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const params: unknown[] = [];
      const tuples = rows.slice(start, start + INSERT_CHUNK).map((r) => {
        const b = params.length;
        params.push(r.reason, textParam(r.object), textParam(r.wabaId), textParam(r.field), r.valueJson, textParam(r.path), textParam(r.error), r.dedupKey);
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}::jsonb, $${b + 6}, $${b + 7}, $${b + 8})`;
      });
      const result: { reason: UnhandledReason }[] = await manager.query(
        `INSERT INTO unhandled_changes (reason, object, waba_id, field, value, path, error, dedup_key) VALUES ${tuples.join(', ')}
         ON CONFLICT (dedup_key) DO NOTHING RETURNING reason`,
        params,
      );
      for (const r of result) stored.push(r.reason);
    }
    return stored;
  }

  /** Newest first; `beforeId` is the cursor (the last id of the previous page), `reason` an optional filter. */
  listRecent(limit: number, beforeId?: string, reason?: UnhandledReason): Promise<UnhandledChangeEntity[]> {
    const qb = this.dataSource.getRepository(UnhandledChangeEntity).createQueryBuilder('u').orderBy('u.id', 'DESC').limit(limit);
    if (beforeId) qb.andWhere('u.id < :beforeId', { beforeId });
    if (reason) qb.andWhere('u.reason = :reason', { reason });
    return qb.getMany();
  }
}
