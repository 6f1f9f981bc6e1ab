import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AttemptTrigger, DeliveryState } from '../entities';
import { poolOf } from './pg-pool';

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
    // The batch travels as two JSON parameters, not one parameter per value: the statement text is the
    // same for every batch, and pg serialises two strings (JSON.stringify, native) instead of ~25 values
    // per attempt one by one (Dates through its own formatter).
    const deliveries = JSON.stringify(
      [...latest.values()].map((r) => ({
        id: r.deliveryId,
        event_id: r.eventId,
        endpoint_id: r.endpointId,
        workspace_id: r.workspaceId,
        event_type: r.eventType,
        state: r.state,
        attempt_count: r.attempt,
        last_attempt_at: r.startedAt,
        last_status_code: r.statusCode,
        last_error: r.success ? null : wellFormed(r.errorMessage ?? r.errorClass),
        next_attempt_at: r.nextAttemptAt,
        event_day: r.eventDay,
      })),
    );
    const attempts = JSON.stringify(
      records.map((r) => ({
        delivery_id: r.deliveryId,
        event_id: r.eventId,
        endpoint_id: r.endpointId,
        attempt: r.attempt,
        trigger: r.trigger,
        started_at: r.startedAt,
        duration_ms: r.durationMs,
        status_code: r.statusCode,
        error_class: r.errorClass,
        error_message: wellFormed(r.errorMessage),
        response_body: wellFormed(r.responseBody),
        success: r.success,
        event_day: r.eventDay,
      })),
    );
    // One statement (a data-modifying CTE) is atomic on its own: one round trip instead of four.
    // Both inserts carry event_day, so each row is routed to its day's partition without a lookup.
    // Named: its text never changes, so PostgreSQL plans it once per connection.
    await poolOf(this.dataSource).query({
      name: 'wawh_record_attempts',
      text: `WITH upserted AS (
         INSERT INTO deliveries (id, event_id, endpoint_id, workspace_id, event_type, state, attempt_count,
           last_attempt_at, last_status_code, last_error, next_attempt_at, event_day)
         SELECT id, event_id, endpoint_id, workspace_id, event_type, state, attempt_count,
           last_attempt_at, last_status_code, last_error, next_attempt_at, event_day
         FROM json_to_recordset($1::json) AS d(id text, event_id text, endpoint_id uuid, workspace_id uuid, event_type text,
           state text, attempt_count int, last_attempt_at timestamptz, last_status_code int, last_error text,
           next_attempt_at timestamptz, event_day date)
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
       SELECT delivery_id, event_id, endpoint_id, attempt, trigger, started_at,
         duration_ms, status_code, error_class, error_message, response_body, success, event_day
       FROM json_to_recordset($2::json) AS a(delivery_id text, event_id text, endpoint_id uuid, attempt int, trigger text,
         started_at timestamptz, duration_ms int, status_code int, error_class text, error_message text, response_body text,
         success boolean, event_day date)`,
      values: [deliveries, attempts],
    });
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

/**
 * PostgreSQL's JSON parser refuses a lone UTF-16 surrogate (JSON.stringify writes it as \udXXX), and one
 * such value would fail its whole batch again and again: replaced by U+FFFD, as the UTF-8 encoding of a
 * plain text parameter does. Error messages are cut by length and may split a pair.
 */
function wellFormed(text: string | null): string | null {
  return text === null ? null : (text as string & { toWellFormed(): string }).toWellFormed();
}
