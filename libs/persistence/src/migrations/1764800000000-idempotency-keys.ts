import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Key of the management API's POSTs: one row per workspace and key, holding what the first
 * request was (path, body hash) and, once it succeeded, its response (encrypted: it may carry a secret).
 */
export class IdempotencyKeys1764800000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE IF NOT EXISTS "idempotency_keys" (
      "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "key" text NOT NULL,
      "request_path" text NOT NULL,
      "request_hash" text NOT NULL,
      "status_code" integer,
      "response" text,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "expires_at" timestamptz NOT NULL,
      PRIMARY KEY ("workspace_id", "key")
    )`);
    await q.query(`CREATE INDEX IF NOT EXISTS "idempotency_keys_expires_at_idx" ON "idempotency_keys" ("expires_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "idempotency_keys"`);
  }
}
