import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dispatcher replicas that share the endpoint queues: one row per live process, its heartbeat stamped
 * by the database clock (replicas' clocks need not agree). A row whose heartbeat is older than the
 * lease is a dead replica; its share of the queues moves to the others.
 */
export class DispatcherReplicas1765300000000 implements MigrationInterface {
  name = 'DispatcherReplicas1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE IF NOT EXISTS "dispatcher_replicas" (
      "id" uuid PRIMARY KEY,
      "started_at" timestamptz NOT NULL DEFAULT now(),
      "heartbeat_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "dispatcher_replicas"`);
  }
}
