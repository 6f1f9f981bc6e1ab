import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764100000000 implements MigrationInterface {
  name = 'InitialSchema1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "workspaces" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "name" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now())`);

    await q.query(`CREATE TABLE "api_keys" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "prefix" text NOT NULL,
      "key_hash" text NOT NULL,
      "label" text NOT NULL DEFAULT '',
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "revoked_at" timestamptz)`);
    await q.query(`CREATE UNIQUE INDEX "api_keys_key_hash_uq" ON "api_keys" ("key_hash")`);
    await q.query(`CREATE INDEX "api_keys_workspace_idx" ON "api_keys" ("workspace_id")`);

    await q.query(`CREATE TABLE "whatsapp_accounts" (
      "waba_id" text NOT NULL PRIMARY KEY,
      "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "created_at" timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX "whatsapp_accounts_workspace_idx" ON "whatsapp_accounts" ("workspace_id")`);

    await q.query(`CREATE TABLE "webhook_endpoints" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "url" text NOT NULL,
      "description" text NOT NULL DEFAULT '',
      "events" text[] NOT NULL,
      "filter" jsonb NOT NULL DEFAULT '{}'::jsonb,
      "headers" jsonb NOT NULL DEFAULT '{}'::jsonb,
      "enabled" boolean NOT NULL DEFAULT true,
      "disabled_reason" text,
      "disabled_at" timestamptz,
      "secret" text NOT NULL,
      "previous_secret" text,
      "previous_secret_expires_at" timestamptz,
      "failing_since" timestamptz,
      "last_success_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX "webhook_endpoints_workspace_created_idx" ON "webhook_endpoints" ("workspace_id", "created_at", "id")`);

    // No foreign key to workspaces: ingest's hot path inserts here in large batches.
    await q.query(`CREATE TABLE "events" (
      "id" text NOT NULL PRIMARY KEY,
      "workspace_id" uuid NOT NULL,
      "type" text NOT NULL,
      "waba_id" text,
      "phone_number_id" text,
      "envelope" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL,
      "received_at" timestamptz NOT NULL DEFAULT now(),
      "published_at" timestamptz)`);
    await q.query(`CREATE INDEX "events_workspace_received_idx" ON "events" ("workspace_id", "received_at")`);
    await q.query(`CREATE INDEX "events_unpublished_idx" ON "events" ("received_at") WHERE "published_at" IS NULL`);

    await q.query(`CREATE TABLE "unhandled_changes" (
      "id" bigserial PRIMARY KEY,
      "received_at" timestamptz NOT NULL DEFAULT now(),
      "reason" text NOT NULL,
      "object" text,
      "waba_id" text,
      "field" text,
      "value" jsonb,
      "error" text)`);
    await q.query(`CREATE INDEX "unhandled_changes_received_idx" ON "unhandled_changes" ("received_at")`);

    // Deliveries and attempts outlive a deleted endpoint only until retention; no FKs so batches never fail.
    await q.query(`CREATE TABLE "deliveries" (
      "id" text NOT NULL PRIMARY KEY,
      "event_id" text NOT NULL,
      "endpoint_id" uuid NOT NULL,
      "workspace_id" uuid NOT NULL,
      "event_type" text NOT NULL,
      "state" text NOT NULL,
      "attempt_count" integer NOT NULL DEFAULT 0,
      "last_attempt_at" timestamptz,
      "last_status_code" integer,
      "last_error" text,
      "next_attempt_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX "deliveries_endpoint_created_idx" ON "deliveries" ("endpoint_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "deliveries_event_idx" ON "deliveries" ("event_id")`);

    await q.query(`CREATE TABLE "delivery_attempts" (
      "id" bigserial PRIMARY KEY,
      "delivery_id" text NOT NULL,
      "event_id" text NOT NULL,
      "endpoint_id" uuid NOT NULL,
      "attempt" integer NOT NULL,
      "trigger" text NOT NULL DEFAULT 'auto',
      "started_at" timestamptz NOT NULL,
      "duration_ms" integer NOT NULL,
      "status_code" integer,
      "error_class" text,
      "error_message" text,
      "response_body" text,
      "success" boolean NOT NULL)`);
    await q.query(`CREATE INDEX "delivery_attempts_delivery_idx" ON "delivery_attempts" ("delivery_id", "attempt")`);
    await q.query(`CREATE INDEX "delivery_attempts_started_idx" ON "delivery_attempts" ("started_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'delivery_attempts',
      'deliveries',
      'unhandled_changes',
      'events',
      'webhook_endpoints',
      'whatsapp_accounts',
      'api_keys',
      'workspaces',
    ]) {
      await q.query(`DROP TABLE IF EXISTS "${table}"`);
    }
  }
}
