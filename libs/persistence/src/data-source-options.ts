import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(databaseUrl: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    // Ingest group-commits many requests per transaction; a modest pool is enough and spares PostgreSQL.
    extra: { max: 20, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30000 },
    ...overrides,
  } as DataSourceOptions;
}
