import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The delivery sweeper looks for pending deliveries whose retry is long overdue, and deleting an
 * endpoint settles its pending deliveries: both read pending rows by endpoint and due time, which a
 * partial index keeps small (only pending rows are in it). Pending rows without a due time (created by
 * recover for missed events) get their creation time, so every pending row has one.
 */
export class DeliverySweep1765200000001 implements MigrationInterface {
  name = 'DeliverySweep1765200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "deliveries" SET "next_attempt_at" = "updated_at" WHERE "state" = 'pending' AND "next_attempt_at" IS NULL`);
    await q.query(`CREATE INDEX IF NOT EXISTS "deliveries_pending_due_idx" ON "deliveries" ("endpoint_id", "next_attempt_at") WHERE "state" = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "deliveries_pending_due_idx"`);
  }
}
