import { MigrationInterface, QueryRunner } from 'typeorm';

/** Endpoint health and the delivery log read attempts by endpoint and time. */
export class DeliveryLogIndexes1764500000000 implements MigrationInterface {
  name = 'DeliveryLogIndexes1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS "delivery_attempts_endpoint_started_idx" ON "delivery_attempts" ("endpoint_id", "started_at")`);
    await q.query(`CREATE INDEX IF NOT EXISTS "deliveries_endpoint_state_idx" ON "deliveries" ("endpoint_id", "state", "created_at")`);
    await q.query(`CREATE INDEX IF NOT EXISTS "events_received_idx" ON "events" ("received_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "events_received_idx"`);
    await q.query(`DROP INDEX IF EXISTS "deliveries_endpoint_state_idx"`);
    await q.query(`DROP INDEX IF EXISTS "delivery_attempts_endpoint_started_idx"`);
  }
}
