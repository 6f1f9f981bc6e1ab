import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-endpoint rate limits: the limit on the endpoint, and one row per limited endpoint holding the
 * budget every dispatcher replica draws from (the current tenth of a second and how much of it is used) and the
 * pause a receiver asked for with 429 + Retry-After.
 */
export class EndpointRateLimit1765000000010 implements MigrationInterface {
  name = 'EndpointRateLimit1765000000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "webhook_endpoints" ADD COLUMN IF NOT EXISTS "rate_limit_per_second" integer NULL`);
    await q.query(`CREATE TABLE IF NOT EXISTS "endpoint_rate_budgets" (
      "endpoint_id" uuid PRIMARY KEY REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE,
      "window_index" bigint NOT NULL DEFAULT 0,
      "used" integer NOT NULL DEFAULT 0,
      "paused_until" timestamptz NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "endpoint_rate_budgets"`);
    await q.query(`ALTER TABLE "webhook_endpoints" DROP COLUMN IF EXISTS "rate_limit_per_second"`);
  }
}
