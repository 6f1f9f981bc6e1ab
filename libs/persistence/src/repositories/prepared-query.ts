import type { EntityManager } from 'typeorm';

/** What node-postgres answers (pool or client). */
interface PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs `text` as a named prepared statement: each pooled connection parses it once, and PostgreSQL may
 * then reuse one plan (for statements over many partitions planning can cost more than running them;
 * see insertNewEventsStatement). Inside a transaction it runs on that transaction's connection. `name`
 * must stand for this one text.
 */
export async function preparedQuery<T>(manager: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  const runner = manager.queryRunner;
  const target: PgQueryable =
    runner && !runner.isReleased ? ((await runner.connect()) as PgQueryable) : (manager.connection.driver as unknown as { master: PgQueryable }).master;
  const { rows } = await target.query({ name, text, values });
  return rows as T[];
}
