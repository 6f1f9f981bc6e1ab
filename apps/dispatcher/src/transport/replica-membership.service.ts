import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '@app/config';
import { ControlChannel } from '@app/messaging';
import { DispatcherReplicaRepository } from '@app/persistence';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { rendezvousOwner } from './rendezvous-owner';

/**
 * Which endpoint queues this replica consumes. With DISPATCHER_QUEUE_SHARING=shared, replicas register
 * in PostgreSQL and beat every third of DISPATCHER_LEASE; a replica whose beat is older than the lease
 * is dead. Each endpoint belongs to the live replica that rendezvous hashing ranks first, so every
 * replica agrees without talking to the others, and a death or a join moves only that replica's share.
 * A replica that sees the member list change calls `onChange` (the reconciler re-evaluates ownership).
 * With `all`, every replica owns every endpoint, as before sharing.
 */
@Injectable()
export class ReplicaMembership {
  private readonly logger = new Logger('ReplicaMembership');
  readonly id = randomUUID();
  readonly shared: boolean;
  private members: readonly string[];
  private onChange: () => void = () => undefined;
  private timer: NodeJS.Timeout | null = null;
  private joined = false;
  /** performance.now() when the last successful beat was sent (the stamp it wrote is no older). */
  private lastBeatAt: number | null = null;
  /** The beat in flight: beats never overlap, and leaving waits for it so it cannot write the row back. */
  private beating: Promise<void> | null = null;
  /**
   * Member-list reads are numbered as they begin; a read is adopted only if none begun after it was
   * adopted first, so a slow beat's older list cannot undo a refresh that already saw a replica leave.
   */
  private readsBegun = 0;
  private lastAdoptedRead = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly replicas: DispatcherReplicaRepository,
    private readonly control: ControlChannel,
    private readonly metrics: DispatcherMetrics,
  ) {
    this.shared = config.dispatcherQueueSharing === 'shared';
    this.members = [this.id];
    this.metrics.liveReplicas.set(1);
  }

  /** The live replicas as this one sees them (itself included), sorted. */
  get live(): readonly string[] {
    return this.members;
  }

  owns(endpointId: string): boolean {
    return !this.shared || rendezvousOwner(endpointId, this.members) === this.id;
  }

  /**
   * Reads who is alive, counting itself in but not yet registered: until `join`, the others keep
   * consuming what this replica will own, so its first pass overlaps them rather than leaving a gap.
   */
  async start(onChange: () => void): Promise<void> {
    this.onChange = onChange;
    if (!this.shared) return;
    const read = ++this.readsBegun;
    this.adopt(await this.replicas.live(this.config.dispatcherLeaseMs), false, read);
  }

  /** Registers, tells the others at once (they hand over this replica's share), then beats on a timer. */
  async join(): Promise<void> {
    if (!this.shared || this.joined) return;
    this.joined = true;
    await this.heartbeat();
    await this.announce();
    this.timer = setInterval(() => void this.heartbeat(), this.config.dispatcherHeartbeatMs);
    this.timer.unref();
  }

  /** Stamps this replica alive and re-reads the others; a replica missing for a lease has lost its share. */
  heartbeat(): Promise<void> {
    if (!this.shared || !this.joined) return Promise.resolve();
    this.beating ??= this.beat().finally(() => (this.beating = null));
    return this.beating;
  }

  private async beat(): Promise<void> {
    const sentAt = performance.now();
    const read = ++this.readsBegun;
    try {
      const live = await this.replicas.beat(this.id, this.config.dispatcherLeaseMs);
      this.lastBeatAt = sentAt;
      this.adopt(live, true, read);
      await this.replicas.pruneDead(this.config.dispatcherLeaseMs);
    } catch (err) {
      // The others count this replica dead after a lease without a beat; meanwhile it keeps its share (an overlap, harmless).
      this.logger.error(`heartbeat failed: ${(err as Error).message}`);
    }
  }

  /**
   * Why this replica is not ready as a member, or null: not registered (before its first pass, or
   * leaving), or its last heartbeat is older than the lease, so the others count it dead and consume
   * its share too.
   */
  heartbeatProblem(now = performance.now()): string | null {
    if (!this.shared) return null;
    if (!this.joined) return 'not registered among the dispatcher replicas';
    const lease = this.config.dispatcherLeaseMs;
    const age = this.lastBeatAt === null ? null : Math.round(now - this.lastBeatAt);
    if (age !== null && age <= lease) return null;
    return `membership heartbeat ${age === null ? 'never written' : `${age} ms old`}, older than the lease (${lease} ms): the other replicas count this one dead`;
  }

  /** Another replica joined or left (control message): re-read now rather than at the next beat. */
  async refresh(): Promise<void> {
    if (!this.shared) return;
    const read = ++this.readsBegun;
    try {
      this.adopt(await this.replicas.live(this.config.dispatcherLeaseMs), true, read);
    } catch (err) {
      this.logger.error(`reading the live replicas failed: ${(err as Error).message}`);
    }
  }

  /** Graceful exit: deregisters and tells the others, so they take this replica's share over at once. */
  async leave(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.shared || !this.joined) return;
    this.joined = false;
    // A beat still in flight would upsert the row after the delete and keep this replica "alive" for a lease.
    await this.beating;
    try {
      await this.replicas.deregister(this.id);
      await this.announce();
    } catch (err) {
      this.logger.error(`deregistering failed (the others take over after the lease): ${(err as Error).message}`);
    }
  }

  private async announce(): Promise<void> {
    await this.control.publish({ kind: 'replicas.changed' }).catch((err: Error) => this.logger.warn(`replicas.changed not sent: ${err.message}`));
  }

  /** Takes a fresh member list (always with itself: this replica is alive whatever its row says). */
  private adopt(live: string[], notify: boolean, read: number): void {
    if (read < this.lastAdoptedRead) return;
    this.lastAdoptedRead = read;
    const next = [...new Set([...live, this.id])].sort();
    this.metrics.liveReplicas.set(next.length);
    if (next.length === this.members.length && next.every((id, i) => id === this.members[i])) return;
    this.logger.log(`live replicas: ${next.length} (was ${this.members.length})`);
    this.members = next;
    if (notify) this.onChange();
  }
}
