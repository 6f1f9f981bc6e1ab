import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Envelopes are stored as `json`, which keeps the exact text: a resend or recover delivers the same
 * bytes as the first delivery (jsonb would reorder keys). It is also cheaper to insert.
 */
export class EnvelopeAsJson1764500000002 implements MigrationInterface {
  name = 'EnvelopeAsJson1764500000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "events" ALTER COLUMN "envelope" TYPE json USING "envelope"::json`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "events" ALTER COLUMN "envelope" TYPE jsonb USING "envelope"::jsonb`);
  }
}
