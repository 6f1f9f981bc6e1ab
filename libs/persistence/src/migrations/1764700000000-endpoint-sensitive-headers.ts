import { MigrationInterface, QueryRunner } from 'typeorm';

/** Custom headers marked sensitive: their values are write-only through the API. */
export class EndpointSensitiveHeaders1764700000000 implements MigrationInterface {
  name = 'EndpointSensitiveHeaders1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "webhook_endpoints" ADD COLUMN IF NOT EXISTS "sensitive_headers" text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "webhook_endpoints" DROP COLUMN IF EXISTS "sensitive_headers"`);
  }
}
