import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { UnhandledChangeEntity, UnhandledReason } from '../entities';

export interface NewUnhandledChange {
  reason: UnhandledReason;
  object: string | null;
  wabaId: string | null;
  field: string | null;
  value: unknown;
  error: string | null;
  /** Same change received again (Meta retries) → same key → stored once. */
  dedupKey: string;
}

@Injectable()
export class UnhandledChangeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores the changes not stored yet; returns the reasons of those it stored. */
  async insertMany(rows: NewUnhandledChange[], manager: EntityManager = this.dataSource.manager): Promise<UnhandledReason[]> {
    if (rows.length === 0) return [];
    const params: unknown[] = [];
    const tuples = rows.map((r) => {
      const b = params.length;
      params.push(r.reason, r.object, r.wabaId, r.field, r.value === undefined ? null : JSON.stringify(r.value), r.error, r.dedupKey);
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}::jsonb, $${b + 6}, $${b + 7})`;
    });
    const stored: { reason: UnhandledReason }[] = await manager.query(
      `INSERT INTO unhandled_changes (reason, object, waba_id, field, value, error, dedup_key) VALUES ${tuples.join(', ')}
       ON CONFLICT (dedup_key) DO NOTHING RETURNING reason`,
      params,
    );
    return stored.map((r) => r.reason);
  }

  /** Newest first; `beforeId` is the cursor (the last id of the previous page), `reason` an optional filter. */
  listRecent(limit: number, beforeId?: string, reason?: UnhandledReason): Promise<UnhandledChangeEntity[]> {
    const qb = this.dataSource
      .getRepository(UnhandledChangeEntity)
      .createQueryBuilder('u')
      .orderBy('u.id', 'DESC')
      .limit(limit);
    if (beforeId) qb.andWhere('u.id < :beforeId', { beforeId });
    if (reason) qb.andWhere('u.reason = :reason', { reason });
    return qb.getMany();
  }
}
