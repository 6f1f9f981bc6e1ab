import { MigrationInterface, QueryRunner } from 'typeorm';

/** Remembers the last disabled period (disabled_at → reenabled_at) so recover can resend what it missed. */
export class EndpointReenabledAt1764500000001 implements MigrationInterface {
  name = 'EndpointReenabledAt1764500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "webhook_endpoints" ADD COLUMN IF NOT EXISTS "reenabled_at" timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "webhook_endpoints" DROP COLUMN IF EXISTS "reenabled_at"`);
  }
}
