import { Injectable } from '@nestjs/common';
import { cursorTimestampSql, KeysetPosition } from '@app/common';
import { DataSource } from 'typeorm';
import { DeliveryState } from '../entities';

export interface DeliveryLogQuery {
  endpointId: string;
  state?: DeliveryState;
  eventType?: string;
  since?: Date;
  until?: Date;
  after?: KeysetPosition | null;
  limit: number;
}

export interface AttemptRow {
  attempt: number;
  trigger: string;
  started_at: Date;
  duration_ms: number;
  status_code: number | null;
  error_class: string | null;
  error_message: string | null;
  response_body: string | null;
  success: boolean;
}

export interface DeliveryRow {
  id: string;
  event_id: string;
  endpoint_id: string;
  workspace_id: string;
  event_type: string;
  state: DeliveryState;
  attempt_count: number;
  last_attempt_at: Date | null;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: Date | null;
  created_at: Date;
  /** Partition day of the delivery ('YYYY-MM-DD'), the event's day: lookups that carry it touch one partition. */
  event_day: string;
  cursor_ts: string;
  attempts: AttemptRow[];
}

export interface EndpointHealthRow {
  attempts_24h: number;
  successes_24h: number;
  last_attempt_at: Date | null;
  last_error: string | null;
  last_error_at: Date | null;
}

/** Deliveries as the customer sees them: the log, endpoint health, and requeueing for resend/recover. */
@Injectable()
export class DeliveryLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(q: DeliveryLogQuery): Promise<DeliveryRow[]> {
    const where = ['d.endpoint_id = $1'];
    const params: unknown[] = [q.endpointId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.state) add('d.state = ?', q.state);
    if (q.eventType) add('d.event_type = ?', q.eventType);
    if (q.since) add('d.created_at >= ?', q.since);
    if (q.until) add('d.created_at < ?', q.until);
    if (q.after) {
      params.push(q.after.createdAt, q.after.id);
      where.push(`(d.created_at, d.id) < ($${params.length - 1}::timestamptz, $${params.length})`);
    }
    params.push(q.limit);
    return this.dataSource.query(
      `SELECT d.id, d.event_id, d.endpoint_id, d.workspace_id, d.event_type, d.state, d.attempt_count,
              d.last_attempt_at, d.last_status_code, d.last_error, d.next_attempt_at, d.created_at, d.event_day::text AS event_day,
              ${cursorTimestampSql('d.created_at')} AS cursor_ts,
              COALESCE((SELECT json_agg(json_build_object(
                  'attempt', a.attempt, 'trigger', a.trigger, 'started_at', a.started_at, 'duration_ms', a.duration_ms,
                  'status_code', a.status_code, 'error_class', a.error_class, 'error_message', a.error_message,
                  'response_body', a.response_body, 'success', a.success) ORDER BY a.started_at, a.id)
                FROM delivery_attempts a WHERE a.delivery_id = d.id AND a.event_day = d.event_day), '[]'::json) AS attempts
       FROM deliveries d
       WHERE ${where.join(' AND ')}
       ORDER BY d.created_at DESC, d.id DESC
       LIMIT $${params.length}`,
      params,
    );
  }

  /** By id alone (what the API is given): one primary-key probe per partition. */
  async findForWorkspace(workspaceId: string, deliveryId: string): Promise<DeliveryRow | null> {
    const rows = await this.dataSource.query(
      `SELECT d.*, d.event_day::text AS event_day, ${cursorTimestampSql('d.created_at')} AS cursor_ts, '[]'::json AS attempts
       FROM deliveries d WHERE d.id = $1 AND d.workspace_id = $2`,
      [deliveryId, workspaceId],
    );
    return rows[0] ?? null;
  }

  /** Health figures of several endpoints in one round trip (ids without attempts are absent). */
  async healthFor(endpointIds: string[]): Promise<Map<string, EndpointHealthRow>> {
    if (endpointIds.length === 0) return new Map();
    const rows: (EndpointHealthRow & { endpoint_id: string })[] = await this.dataSource.query(
      `SELECT ids.endpoint_id,
              coalesce(recent.attempts, 0) AS attempts_24h,
              coalesce(recent.successes, 0) AS successes_24h,
              last_any.started_at AS last_attempt_at,
              last_failure.message AS last_error,
              last_failure.started_at AS last_error_at
       FROM unnest($1::uuid[]) AS ids(endpoint_id)
       LEFT JOIN LATERAL (
         SELECT count(*)::int AS attempts, (count(*) FILTER (WHERE success))::int AS successes
         FROM delivery_attempts WHERE endpoint_id = ids.endpoint_id AND started_at > now() - interval '24 hours') recent ON true
       LEFT JOIN LATERAL (
         SELECT started_at FROM delivery_attempts WHERE endpoint_id = ids.endpoint_id ORDER BY started_at DESC LIMIT 1) last_any ON true
       LEFT JOIN LATERAL (
         SELECT coalesce(error_message, error_class, 'HTTP ' || status_code) AS message, started_at
         FROM delivery_attempts WHERE endpoint_id = ids.endpoint_id AND NOT success ORDER BY started_at DESC LIMIT 1) last_failure ON true`,
      [endpointIds],
    );
    return new Map(rows.map((r) => [r.endpoint_id, r]));
  }

  /**
   * Claims the failed deliveries of an endpoint in a window by moving them to pending, so a second
   * recover call over the same window finds nothing left to send.
   */
  async claimFailed(
    endpointId: string,
    since: Date,
    until: Date,
    limit: number,
  ): Promise<{ id: string; event_id: string; attempt_count: number; event_day: string }[]> {
    const rows = await this.dataSource.query(
      `UPDATE deliveries SET state = 'pending', next_attempt_at = now(), updated_at = now()
       WHERE (id, event_day) IN (SELECT id, event_day FROM deliveries WHERE endpoint_id = $1 AND state = 'failed'
                    AND created_at >= $2 AND created_at < $3 ORDER BY created_at LIMIT $4)
       RETURNING id, event_id, attempt_count, event_day::text AS event_day`,
      [endpointId, since, until, limit],
    );
    return rows[0] && Array.isArray(rows[0]) ? rows[0] : rows;
  }

  /** Events of the workspace in a window that have no delivery toward this endpoint. */
  async eventsWithoutDelivery(
    workspaceId: string,
    endpointId: string,
    since: Date,
    until: Date,
    limit: number,
  ): Promise<{ id: string; type: string; envelope: Record<string, unknown> }[]> {
    return this.dataSource.query(
      `SELECT e.id, e.type, e.envelope FROM events e
       WHERE e.workspace_id = $1 AND e.received_at >= $3 AND e.received_at < $4
         AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.event_id = e.id AND d.endpoint_id = $2
                         AND d.event_day = (e.created_at AT TIME ZONE 'UTC')::date)
       ORDER BY e.received_at LIMIT $5`,
      [workspaceId, endpointId, since, until, limit],
    );
  }

  /** Creates pending deliveries; returns the ids that did not exist yet (only those get sent). */
  async insertPending(
    rows: { id: string; eventId: string; endpointId: string; workspaceId: string; eventType: string; eventDay: string }[],
  ): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const params: unknown[] = [];
    const tuples = rows.map((r) => {
      const b = params.length;
      params.push(r.id, r.eventId, r.endpointId, r.workspaceId, r.eventType, r.eventDay);
      return `($${b + 1}, $${b + 2}, $${b + 3}::uuid, $${b + 4}::uuid, $${b + 5}, 'pending', 0, now(), $${b + 6}::date)`;
    });
    // Due now: the sweeper counts a pending delivery's grace period from its due time.
    const inserted: { id: string }[] = await this.dataSource.query(
      `INSERT INTO deliveries (id, event_id, endpoint_id, workspace_id, event_type, state, attempt_count, next_attempt_at, event_day)
       VALUES ${tuples.join(', ')} ON CONFLICT (id, event_day) DO NOTHING RETURNING id`,
      params,
    );
    return new Set(inserted.map((r) => r.id));
  }

  async markPending(deliveryId: string, eventDay: string): Promise<void> {
    await this.dataSource.query(`UPDATE deliveries SET state = 'pending', next_attempt_at = now(), updated_at = now() WHERE id = $1 AND event_day = $2::date`, [
      deliveryId,
      eventDay,
    ]);
  }

  /** Oldest attempt still kept for one endpoint (index delivery_attempts_endpoint_started_idx). */
  async oldestAttemptAt(endpointId: string): Promise<Date | null> {
    const [row] = await this.dataSource.query(`SELECT min(started_at) AS oldest FROM delivery_attempts WHERE endpoint_id = $1`, [endpointId]);
    return row?.oldest ?? null;
  }
}
