import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * The data source's own pg pool, for the hot statements that run as named (prepared) statements:
 * TypeORM's query() cannot name one, and it adds a query runner per call on top of pg.
 */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as PostgresDriver).master as Pool;
}
