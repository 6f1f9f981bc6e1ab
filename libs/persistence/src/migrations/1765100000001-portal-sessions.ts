import { MigrationInterface, QueryRunner } from 'typeorm';

/** Settings-page sign-ins issued by the platform's backend: hashed token, workspace, expiry, revocation. */
export class PortalSessions1765100000001 implements MigrationInterface {
  name = 'PortalSessions1765100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS "portal_sessions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
        "prefix" text NOT NULL,
        "token_hash" text NOT NULL UNIQUE,
        "read_only" boolean NOT NULL DEFAULT false,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz
      )`);
    await q.query(`CREATE INDEX IF NOT EXISTS "portal_sessions_workspace_created_idx" ON "portal_sessions" ("workspace_id", "created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "portal_sessions"`);
  }
}
