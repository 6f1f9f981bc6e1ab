import { MigrationInterface, QueryRunner } from 'typeorm';
import { SecretCipher } from '../encryption/secret-cipher';

const BATCH = 500;

interface Row {
  id: string;
  secret: string;
  previous_secret: string | null;
  headers: Record<string, string> | null;
}

/**
 * Encrypts the signing secrets and custom header values stored in plaintext by earlier releases.
 *
 * The key is configuration, and only libs/config reads the environment, so this migration cannot
 * find it by itself: the runner builds it with the app's SecretCipher (see dataSourceOptions). Doing
 * it as a migration, rather than at every boot, makes it run exactly once, under the migration
 * advisory lock and in the same transaction as its bookkeeping, before this release reads any
 * endpoint. Rows are locked (FOR UPDATE) batch by batch, so a concurrent API change waits instead of
 * being overwritten.
 */
export function encryptEndpointSecretsMigration(cipher: SecretCipher): new () => MigrationInterface {
  return class EncryptEndpointSecrets1764700000001 implements MigrationInterface {
    name = 'EncryptEndpointSecrets1764700000001';

    async up(q: QueryRunner): Promise<void> {
      const seal = (v: string) => (SecretCipher.isEncrypted(v) ? v : cipher.encrypt(v));
      await eachBatch(
        q,
        `NOT starts_with(secret, 'enc:') OR NOT starts_with(COALESCE(previous_secret, 'enc:'), 'enc:')
        OR EXISTS (SELECT 1 FROM jsonb_each_text(headers) h WHERE NOT starts_with(h.value, 'enc:'))`,
        seal,
      );
    }

    async down(q: QueryRunner): Promise<void> {
      const open = (v: string) => (SecretCipher.isEncrypted(v) ? cipher.decrypt(v) : v);
      await eachBatch(
        q,
        `starts_with(secret, 'enc:') OR starts_with(COALESCE(previous_secret, ''), 'enc:')
        OR EXISTS (SELECT 1 FROM jsonb_each_text(headers) h WHERE starts_with(h.value, 'enc:'))`,
        open,
      );
    }
  };
}

/** Rewrites every row matching `where` with `map` applied to each secret and header value, in locked batches. */
async function eachBatch(q: QueryRunner, where: string, map: (value: string) => string): Promise<void> {
  for (;;) {
    const rows: Row[] = await q.query(
      `SELECT id, secret, previous_secret, headers FROM webhook_endpoints WHERE ${where} ORDER BY id LIMIT ${BATCH} FOR UPDATE`,
    );
    for (const row of rows) {
      const headers = Object.fromEntries(Object.entries(row.headers ?? {}).map(([name, value]) => [name, map(value)]));
      await q.query(`UPDATE webhook_endpoints SET secret = $2, previous_secret = $3, headers = $4 WHERE id = $1`, [
        row.id,
        map(row.secret),
        row.previous_secret === null ? null : map(row.previous_secret),
        JSON.stringify(headers),
      ]);
    }
    if (rows.length < BATCH) return;
  }
}
