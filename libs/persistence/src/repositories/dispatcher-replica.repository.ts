import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Rows of dead replicas are removed once they are this many leases old (they no longer count anyway). */
const PRUNE_AFTER_LEASES = 20;

/**
 * The dispatcher replicas that share the endpoint queues. Every stamp and comparison is on the database's
 * clock, so replicas on hosts with skewed clocks still agree on who is alive.
 */
@Injectable()
export class DispatcherReplicaRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stamps this replica's heartbeat (registering it if needed) and returns the ids of every live replica, itself included. */
  async beat(id: string, leaseMs: number): Promise<string[]> {
    await this.dataSource.query(
      `INSERT INTO dispatcher_replicas (id, started_at, heartbeat_at) VALUES ($1, clock_timestamp(), clock_timestamp())
       ON CONFLICT (id) DO UPDATE SET heartbeat_at = clock_timestamp()`,
      [id],
    );
    return this.live(leaseMs);
  }

  /** Ids of the replicas whose heartbeat is younger than the lease. */
  async live(leaseMs: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM dispatcher_replicas WHERE heartbeat_at > clock_timestamp() - make_interval(secs => $1::double precision / 1000) ORDER BY id`,
      [leaseMs],
    );
    return rows.map((r) => r.id);
  }

  /** Graceful exit: the others stop counting this replica at their next read. */
  async deregister(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM dispatcher_replicas WHERE id = $1`, [id]);
  }

  /** Forgets replicas dead for a long time (crashed ones never deregister). */
  async pruneDead(leaseMs: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM dispatcher_replicas WHERE heartbeat_at < clock_timestamp() - make_interval(secs => $1::double precision / 1000)`, [
      leaseMs * PRUNE_AFTER_LEASES,
    ]);
  }
}
