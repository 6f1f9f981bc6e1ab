import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { SecretCipher } from './encryption/secret-cipher';
import { migrationsWith } from './migrations';

/** `cipher` is handed to the migrations that encrypt stored secrets (they cannot read configuration themselves). */
export function dataSourceOptions(databaseUrl: string, cipher: SecretCipher, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: migrationsWith(cipher),
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    // Ingest group-commits many requests per transaction; a modest pool is enough and spares PostgreSQL.
    extra: { max: 20, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30000 },
    ...overrides,
  } as DataSourceOptions;
}
