import { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-endpoint payload options: format (full, without_raw, thin), redaction classes and the key of their hashes. */
export class EndpointPayloadOptions1764900000001 implements MigrationInterface {
  name = 'EndpointPayloadOptions1764900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "webhook_endpoints" ADD COLUMN IF NOT EXISTS "payload_format" text NOT NULL DEFAULT 'full'`);
    await q.query(`ALTER TABLE "webhook_endpoints" ADD COLUMN IF NOT EXISTS "redact" text[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "webhook_endpoints" ADD COLUMN IF NOT EXISTS "redaction_key" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "webhook_endpoints" DROP COLUMN IF EXISTS "redaction_key"`);
    await q.query(`ALTER TABLE "webhook_endpoints" DROP COLUMN IF EXISTS "redact"`);
    await q.query(`ALTER TABLE "webhook_endpoints" DROP COLUMN IF EXISTS "payload_format"`);
  }
}
