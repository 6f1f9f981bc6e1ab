import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdempotencyKeyEntity } from '../entities';

export interface IdempotencyClaim {
  workspaceId: string;
  key: string;
  requestPath: string;
  requestHash: string;
  now: Date;
  expiresAt: Date;
  /** An unfinished first request older than this is taken as abandoned (its process died). */
  abandonedBefore: Date;
}

/** The row of a key as the claim found it. */
export type IdempotencyRecord = Pick<IdempotencyKeyEntity, 'requestPath' | 'requestHash' | 'statusCode' | 'response'>;

@Injectable()
export class IdempotencyKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes the key for this request, atomically: a new key, an expired one or an abandoned unfinished one
   * is (re)written and `claimed` is true; otherwise the existing row is returned as it is. Null when the
   * row vanished between the two statements (its first request failed): the caller claims again.
   */
  async claim(c: IdempotencyClaim): Promise<{ claimed: true } | { claimed: false; existing: IdempotencyRecord } | null> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (workspace_id, key, request_path, request_hash, status_code, response, created_at, expires_at)
       VALUES ($1, $2, $3, $4, NULL, NULL, $5, $6)
       ON CONFLICT (workspace_id, key) DO UPDATE
         SET request_path = EXCLUDED.request_path, request_hash = EXCLUDED.request_hash, status_code = NULL, response = NULL,
             created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
         WHERE idempotency_keys.expires_at <= $5 OR (idempotency_keys.status_code IS NULL AND idempotency_keys.created_at < $7)
       RETURNING key`,
      [c.workspaceId, c.key, c.requestPath, c.requestHash, c.now, c.expiresAt, c.abandonedBefore],
    );
    if (inserted.length > 0) return { claimed: true };
    const rows: { request_path: string; request_hash: string; status_code: number | null; response: string | null }[] = await this.dataSource.query(
      `SELECT request_path, request_hash, status_code, response FROM idempotency_keys WHERE workspace_id = $1 AND key = $2`,
      [c.workspaceId, c.key],
    );
    if (rows.length === 0) return null;
    const [r] = rows;
    return { claimed: false, existing: { requestPath: r.request_path, requestHash: r.request_hash, statusCode: r.status_code, response: r.response } };
  }

  /** Keeps the response of the first request for replays. */
  async complete(workspaceId: string, key: string, statusCode: number, response: string): Promise<void> {
    await this.dataSource.query(`UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE workspace_id = $1 AND key = $2`, [
      workspaceId,
      key,
      statusCode,
      response,
    ]);
  }

  /** Frees the key of a request that did not succeed, so it may be retried (with a corrected body too). */
  async release(workspaceId: string, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE workspace_id = $1 AND key = $2 AND status_code IS NULL`, [workspaceId, key]);
  }
}
