import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Settles an endpoint's waiting deliveries when it is deleted ($1: the endpoint id). Its queue goes with
 * it, and with the queue every message that was on its way (RabbitMQ drops a retry whose delay ends
 * after its queue is gone), so nothing would ever settle them.
 */
export const SETTLE_DELETED_ENDPOINT_SQL = `UPDATE deliveries SET state = 'endpoint_deleted', next_attempt_at = NULL, updated_at = now()
  WHERE endpoint_id = $1 AND state = 'pending'`;

/**
 * A pending delivery is stranded when its message should have come back long ago: its due time
 * (next_attempt_at) is before the cutoff ($n = now − grace), and so is the due time plus the planned
 * delay (next_attempt_at − updated_at). The second term covers a retry waiting in its delay queue: jitter
 * (at most 0.5) shortens the planned delay below the queue's TTL, and a message only leaves the queue
 * when the one ahead of it does, so it may come back up to the planned delay late, never more.
 * A row claimed by recover, resend or this sweeper has both times equal: stranded after the grace alone.
 */
const stale = (cutoff: string) =>
  `state = 'pending' AND next_attempt_at < ${cutoff}
   AND next_attempt_at + GREATEST(next_attempt_at - updated_at, interval '0') < ${cutoff}`;

export interface StrandedDelivery {
  id: string;
  event_id: string;
  workspace_id: string;
  attempt_count: number;
  /** The event's day: names the one events partition to read. */
  event_day: string;
}

/** TypeORM answers an UPDATE … RETURNING with [rows, affected count]. */
function updated<T>(result: unknown): T[] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? (result[0] as T[]) : (result as T[]);
}

/** Pending deliveries with no message in flight: finding them, claiming them, settling them. */
@Injectable()
export class DeliverySweepRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Endpoints with stranded deliveries (oldest due first), with how many each. */
  async endpointsWithStranded(cutoff: Date, limit: number): Promise<{ endpoint_id: string; stranded: number }[]> {
    return this.dataSource.query(
      `SELECT endpoint_id, count(*)::int AS stranded FROM deliveries WHERE ${stale('$1')}
       GROUP BY endpoint_id ORDER BY min(next_attempt_at) LIMIT $2`,
      [cutoff, limit],
    );
  }

  /**
   * Claims up to `limit` stranded deliveries of an endpoint by moving their due time to now: another
   * sweeper (ingest replica) skips them, and if this one dies before publishing they are stranded again
   * after the grace period and claimed once more.
   */
  async claimStranded(endpointId: string, cutoff: Date, limit: number): Promise<StrandedDelivery[]> {
    return updated<StrandedDelivery>(
      await this.dataSource.query(
        `UPDATE deliveries SET next_attempt_at = now(), updated_at = now()
         WHERE id IN (SELECT id FROM deliveries WHERE endpoint_id = $1 AND ${stale('$2')}
                      ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
           AND state = 'pending'
         RETURNING id, event_id, workspace_id, attempt_count, event_day::text AS event_day`,
        [endpointId, cutoff, limit],
      ),
    );
  }

  /** Pending deliveries of endpoints that no longer exist become endpoint_deleted; returns how many. */
  async settleOrphans(limit: number): Promise<number> {
    const rows = updated<{ id: string }>(
      await this.dataSource.query(
        `UPDATE deliveries SET state = 'endpoint_deleted', next_attempt_at = NULL, updated_at = now()
         WHERE id IN (SELECT d.id FROM deliveries d WHERE d.state = 'pending'
                        AND NOT EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.id = d.endpoint_id)
                      LIMIT $1 FOR UPDATE SKIP LOCKED)
           AND state = 'pending'
         RETURNING id`,
        [limit],
      ),
    );
    return rows.length;
  }

  /** Deliveries whose event is gone (past retention): nothing is left to send, so they fail. */
  async markFailed(ids: string[], reason: string): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE deliveries SET state = 'failed', next_attempt_at = NULL, last_error = $2, updated_at = now()
       WHERE id = ANY($1) AND state = 'pending'`,
      [ids, reason],
    );
  }
}
