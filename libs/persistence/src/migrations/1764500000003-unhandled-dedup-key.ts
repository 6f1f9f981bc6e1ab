import { MigrationInterface, QueryRunner } from 'typeorm';

/** Meta retries a POST it got no 200 for in time: an unhandled change received twice is kept once. */
export class UnhandledDedupKey1764500000003 implements MigrationInterface {
  name = 'UnhandledDedupKey1764500000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "unhandled_changes" ADD COLUMN IF NOT EXISTS "dedup_key" text`);
    await q.query(`CREATE UNIQUE INDEX IF NOT EXISTS "unhandled_changes_dedup_key_uq" ON "unhandled_changes" ("dedup_key")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "unhandled_changes_dedup_key_uq"`);
    await q.query(`ALTER TABLE "unhandled_changes" DROP COLUMN IF EXISTS "dedup_key"`);
  }
}
