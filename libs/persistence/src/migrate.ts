import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { SecretCipher } from './encryption/secret-cipher';
import { ensureDatabase } from './ensure-database';

// Arbitrary constant: both apps may start at once; the advisory lock lets one migrate while the other waits.
const MIGRATION_LOCK_KEY = 7_305_211;

/** Applies pending migrations under a PostgreSQL advisory lock; returns the names applied. */
export async function runMigrationsLocked(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** Creates the database if needed and applies pending migrations (the `npm run db:migrate` path). */
export async function migrate(databaseUrl: string, cipher: SecretCipher): Promise<string[]> {
  await ensureDatabase(databaseUrl);
  const ds = await new DataSource(dataSourceOptions(databaseUrl, cipher)).initialize();
  try {
    return await runMigrationsLocked(ds);
  } finally {
    await ds.destroy();
  }
}
