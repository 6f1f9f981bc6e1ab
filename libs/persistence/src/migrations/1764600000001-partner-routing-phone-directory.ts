import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Business portfolio links (partner webhooks carry a portfolio id in entry.id), the phone-number
 * directory (display number → phone_number_id for management webhooks) and the path of an
 * unreadable item inside its change.
 */
export class PartnerRoutingPhoneDirectory1764600000001 implements MigrationInterface {
  name = 'PartnerRoutingPhoneDirectory1764600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE IF NOT EXISTS "business_portfolios" (
      "business_id" text NOT NULL PRIMARY KEY,
      "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "created_at" timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX IF NOT EXISTS "business_portfolios_workspace_idx" ON "business_portfolios" ("workspace_id")`);
    await q.query(`CREATE TABLE IF NOT EXISTS "phone_numbers" (
      "phone_number_id" text NOT NULL PRIMARY KEY,
      "waba_id" text NOT NULL,
      "display_phone_number" text NOT NULL,
      "updated_at" timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX IF NOT EXISTS "phone_numbers_waba_display_idx" ON "phone_numbers" ("waba_id", "display_phone_number")`);
    await q.query(`ALTER TABLE "unhandled_changes" ADD COLUMN IF NOT EXISTS "path" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "unhandled_changes" DROP COLUMN IF EXISTS "path"`);
    await q.query(`DROP TABLE IF EXISTS "phone_numbers"`);
    await q.query(`DROP TABLE IF EXISTS "business_portfolios"`);
  }
}
