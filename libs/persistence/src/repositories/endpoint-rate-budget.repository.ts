import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What one draw from an endpoint's budget gave. */
export interface RateDraw {
  /** Deliveries that may start now (0..wanted). */
  granted: number;
  /** When not everything was granted: how long until the budget refills (the next tenth of a second, or the pause's end). */
  waitMs: number;
}

/**
 * The per-second delivery budget of rate-limited endpoints, shared by every dispatcher replica: one row
 * per endpoint, drawn from under its row lock, on the database's clock (replicas' clocks never matter).
 * Each second is cut in tenths, each with its share of the limit (the shares add up to the limit), so at
 * most `limit` deliveries start within any calendar second and they come evenly, not in one burst.
 */
@Injectable()
export class EndpointRateBudgetRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Takes up to `wanted` deliveries from the current tenth of a second's share of `limit` per second. */
  async draw(endpointId: string, wanted: number, limit: number): Promise<RateDraw> {
    for (let i = 0; i < 2; i++) {
      const rows: { granted: number; wait_ms: number }[] = await this.dataSource.query(
        `WITH n AS (SELECT clock_timestamp() AS t, floor(extract(epoch FROM clock_timestamp()) * 10)::bigint AS w),
         cur AS (
           SELECT b.endpoint_id, b.paused_until, n.t, n.w,
                  CASE WHEN b.window_index = n.w THEN b.used ELSE 0 END AS used,
                  -- this tenth's share of the second: the ten shares of a second add up to the limit exactly
                  floor($3::bigint * (n.w % 10 + 1) / 10) - floor($3::bigint * (n.w % 10) / 10) AS share
           FROM endpoint_rate_budgets b, n WHERE b.endpoint_id = $1 FOR UPDATE OF b
         ),
         g AS (
           SELECT cur.*, CASE WHEN paused_until > t THEN 0 ELSE GREATEST(0, LEAST($2::bigint, share - used)) END::int AS granted FROM cur
         ),
         upd AS (UPDATE endpoint_rate_budgets b SET window_index = g.w, used = g.used + g.granted FROM g WHERE b.endpoint_id = g.endpoint_id)
         SELECT granted,
                GREATEST(1, ceil(extract(epoch FROM (GREATEST(COALESCE(paused_until, t), to_timestamp((w + 1) / 10.0)) - t)) * 1000))::int AS wait_ms
         FROM g`,
        [endpointId, wanted, limit],
      );
      if (rows[0]) return { granted: rows[0].granted, waitMs: rows[0].wait_ms };
      // First draw for this endpoint: create its row (the endpoint may be gone: then nothing is inserted).
      await this.dataSource.query(
        `INSERT INTO endpoint_rate_budgets (endpoint_id) SELECT id FROM webhook_endpoints WHERE id = $1 ON CONFLICT (endpoint_id) DO NOTHING`,
        [endpointId],
      );
    }
    // The endpoint was deleted meanwhile: its remaining messages are settled as not delivered, unthrottled.
    return { granted: wanted, waitMs: 0 };
  }

  /** The receiver asked for a pause (429 + Retry-After): no replica draws before it ends. */
  async pause(endpointId: string, ms: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO endpoint_rate_budgets (endpoint_id, paused_until)
       SELECT id, clock_timestamp() + make_interval(secs => $2::double precision / 1000) FROM webhook_endpoints WHERE id = $1
       ON CONFLICT (endpoint_id) DO UPDATE SET paused_until = GREATEST(COALESCE(endpoint_rate_budgets.paused_until, EXCLUDED.paused_until), EXCLUDED.paused_until)`,
      [endpointId, ms],
    );
  }
}
