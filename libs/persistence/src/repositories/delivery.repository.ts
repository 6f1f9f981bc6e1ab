import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AttemptTrigger, DeliveryState } from '../entities';

/** The outcome of one HTTP attempt, with the delivery state it leaves behind. */
export interface AttemptRecord {
  deliveryId: string;
  eventId: string;
  endpointId: string;
  workspaceId: string;
  eventType: string;
  /**
   * UTC day of the event's created_at ('YYYY-MM-DD', see eventDayOf): the partition of the delivery and
   * its attempts. Derived from the envelope, so every writer of the delivery finds the same row.
   */
  eventDay: string;
  attempt: number;
  trigger: AttemptTrigger;
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  errorClass: string | null;
  errorMessage: string | null;
  responseBody: string | null;
  success: boolean;
  /** State of the delivery after this attempt. */
  state: DeliveryState;
  nextAttemptAt: Date | null;
}

@Injectable()
export class DeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes a batch of attempts and upserts their deliveries in one statement, so recording keeps up
   * with delivery throughput.
   * A succeeded delivery stays succeeded: a duplicate (at-least-once) failure cannot undo it. An
   * endpoint_deleted one stays so too (an attempt that was in flight when its endpoint was deleted),
   * unless that attempt succeeded.
   */
  async recordAttempts(records: AttemptRecord[]): Promise<void> {
    if (records.length === 0) return;
    // One upsert row per delivery: the latest attempt in the batch wins.
    const latest = new Map<string, AttemptRecord>();
    for (const r of records) {
      const prev = latest.get(r.deliveryId);
      // The latest attempt wins, except that a success is never overwritten by a failure.
      if (!prev || (r.success !== prev.success ? r.success : prev.attempt <= r.attempt)) latest.set(r.deliveryId, r);
    }
    const params: unknown[] = [];
    const deliveryRows = [...latest.values()].map((r) => {
      const b = params.length;
      params.push(
        r.deliveryId,
        r.eventId,
        r.endpointId,
        r.workspaceId,
        r.eventType,
        r.state,
        r.attempt,
        r.startedAt,
        r.statusCode,
        r.success ? null : (r.errorMessage ?? r.errorClass),
        r.nextAttemptAt,
        r.eventDay,
      );
      return `($${b + 1}, $${b + 2}, $${b + 3}::uuid, $${b + 4}::uuid, $${b + 5}, $${b + 6}, $${b + 7}::int, $${b + 8}::timestamptz, $${b + 9}::int, $${b + 10}, $${b + 11}::timestamptz, $${b + 12}::date)`;
    });
    const attemptRows = records.map((r) => {
      const b = params.length;
      params.push(
        r.deliveryId,
        r.eventId,
        r.endpointId,
        r.attempt,
        r.trigger,
        r.startedAt,
        r.durationMs,
        r.statusCode,
        r.errorClass,
        r.errorMessage,
        r.responseBody,
        r.success,
        r.eventDay,
      );
      return `($${b + 1}, $${b + 2}, $${b + 3}::uuid, $${b + 4}::int, $${b + 5}, $${b + 6}::timestamptz, $${b + 7}::int, $${b + 8}::int, $${b + 9}, $${b + 10}, $${b + 11}, $${b + 12}::boolean, $${b + 13}::date)`;
    });
    // One statement (a data-modifying CTE) is atomic on its own: one round trip instead of four.
    // Both inserts carry event_day, so each row is routed to its day's partition without a lookup.
    await this.dataSource.query(
      `WITH upserted AS (
         INSERT INTO deliveries (id, event_id, endpoint_id, workspace_id, event_type, state, attempt_count,
           last_attempt_at, last_status_code, last_error, next_attempt_at, event_day)
         VALUES ${deliveryRows.join(', ')}
         ON CONFLICT (id, event_day) DO UPDATE SET
           state = EXCLUDED.state,
           attempt_count = GREATEST(deliveries.attempt_count, EXCLUDED.attempt_count),
           last_attempt_at = EXCLUDED.last_attempt_at,
           last_status_code = EXCLUDED.last_status_code,
           last_error = EXCLUDED.last_error,
           next_attempt_at = EXCLUDED.next_attempt_at,
           updated_at = now()
         WHERE deliveries.state NOT IN ('succeeded', 'endpoint_deleted') OR EXCLUDED.state = 'succeeded'
         RETURNING 1)
       INSERT INTO delivery_attempts (delivery_id, event_id, endpoint_id, attempt, trigger, started_at,
         duration_ms, status_code, error_class, error_message, response_body, success, event_day)
       VALUES ${attemptRows.join(', ')}`,
      params,
    );
  }

  /** The delivery's state, or null when it has no row yet (its first attempt is not recorded). */
  /** The day names the one partition to read (every writer derives it from the envelope the same way). */
  async stateOf(deliveryId: string, eventDay: string): Promise<DeliveryState | null> {
    const rows: { state: DeliveryState }[] = await this.dataSource.query(`SELECT state FROM deliveries WHERE id = $1 AND event_day = $2::date`, [
      deliveryId,
      eventDay,
    ]);
    return rows[0]?.state ?? null;
  }
}
