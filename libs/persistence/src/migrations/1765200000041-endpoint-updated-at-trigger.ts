import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dispatchers follow endpoint changes by updated_at, so every configuration change must move it, whoever
 * writes the row: an operator's SQL, key rotation, a writer that forgets. Delivery bookkeeping
 * (failing_since, last_success_at) is not configuration and leaves it alone, or every success would make
 * every dispatcher re-read the endpoint.
 */
export class EndpointUpdatedAtTrigger1765200000041 implements MigrationInterface {
  name = 'EndpointUpdatedAtTrigger1765200000041';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION "webhook_endpoints_touch"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."updated_at" IS NOT DISTINCT FROM OLD."updated_at"
           AND (to_jsonb(NEW) - 'failing_since' - 'last_success_at' - 'updated_at')
               IS DISTINCT FROM (to_jsonb(OLD) - 'failing_since' - 'last_success_at' - 'updated_at') THEN
          NEW."updated_at" := now();
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`DROP TRIGGER IF EXISTS "webhook_endpoints_touch" ON "webhook_endpoints"`);
    await q.query(`CREATE TRIGGER "webhook_endpoints_touch" BEFORE UPDATE ON "webhook_endpoints"
      FOR EACH ROW EXECUTE FUNCTION "webhook_endpoints_touch"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS "webhook_endpoints_touch" ON "webhook_endpoints"`);
    await q.query(`DROP FUNCTION IF EXISTS "webhook_endpoints_touch"()`);
  }
}
