import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What lets dispatchers follow endpoint changes without re-reading every endpoint, and creates in one
 * workspace run concurrently under the cap:
 * - an index on webhook_endpoints.updated_at (changes since a watermark);
 * - webhook_endpoint_deletions, one row per deleted endpoint (a deleted row cannot be read back), pruned
 *   by the dispatchers' full pass;
 * - workspace_endpoint_counts, kept exact by a trigger on every insert and delete whatever runs them, so
 *   the cap is one short row lock at insert time instead of a workspace lock held across broker calls.
 */
export class EndpointChangeFeed1765200000040 implements MigrationInterface {
  name = 'EndpointChangeFeed1765200000040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS "webhook_endpoints_updated_idx" ON "webhook_endpoints" ("updated_at")`);
    await q.query(`CREATE TABLE IF NOT EXISTS "webhook_endpoint_deletions" (
      "endpoint_id" uuid PRIMARY KEY,
      "deleted_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX IF NOT EXISTS "webhook_endpoint_deletions_at_idx" ON "webhook_endpoint_deletions" ("deleted_at")`);
    await q.query(`CREATE TABLE IF NOT EXISTS "workspace_endpoint_counts" (
      "workspace_id" uuid PRIMARY KEY REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "endpoints" integer NOT NULL DEFAULT 0
    )`);
    // An insert past the cap the inserting transaction set (wawh.endpoint_cap) fails here, at once, so
    // the count row stays locked only until that transaction's COMMIT.
    await q.query(`CREATE OR REPLACE FUNCTION "webhook_endpoints_track"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        n integer;
        cap text := current_setting('wawh.endpoint_cap', true);
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO "workspace_endpoint_counts" ("workspace_id", "endpoints") VALUES (NEW."workspace_id", 1)
            ON CONFLICT ("workspace_id") DO UPDATE SET "endpoints" = "workspace_endpoint_counts"."endpoints" + 1
            RETURNING "endpoints" INTO n;
          IF cap IS NOT NULL AND cap <> '' AND n > cap::integer THEN
            RAISE EXCEPTION 'endpoint_cap_reached' USING ERRCODE = 'check_violation';
          END IF;
        ELSE
          UPDATE "workspace_endpoint_counts" SET "endpoints" = "endpoints" - 1 WHERE "workspace_id" = OLD."workspace_id";
          INSERT INTO "webhook_endpoint_deletions" ("endpoint_id") VALUES (OLD."id")
            ON CONFLICT ("endpoint_id") DO UPDATE SET "deleted_at" = now();
        END IF;
        RETURN NULL;
      END $$`);
    // The count is taken under the table lock the trigger's creation needs, so no insert slips between.
    await q.query(`LOCK TABLE "webhook_endpoints" IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`DROP TRIGGER IF EXISTS "webhook_endpoints_track" ON "webhook_endpoints"`);
    await q.query(`CREATE TRIGGER "webhook_endpoints_track" AFTER INSERT OR DELETE ON "webhook_endpoints"
      FOR EACH ROW EXECUTE FUNCTION "webhook_endpoints_track"()`);
    await q.query(`INSERT INTO "workspace_endpoint_counts" ("workspace_id", "endpoints")
      SELECT "workspace_id", count(*) FROM "webhook_endpoints" GROUP BY "workspace_id"
      ON CONFLICT ("workspace_id") DO UPDATE SET "endpoints" = EXCLUDED."endpoints"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS "webhook_endpoints_track" ON "webhook_endpoints"`);
    await q.query(`DROP FUNCTION IF EXISTS "webhook_endpoints_track"()`);
    await q.query(`DROP TABLE IF EXISTS "workspace_endpoint_counts"`);
    await q.query(`DROP TABLE IF EXISTS "webhook_endpoint_deletions"`);
    await q.query(`DROP INDEX IF EXISTS "webhook_endpoints_updated_idx"`);
  }
}
