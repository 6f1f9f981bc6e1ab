import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ControlChannel, EndpointTopology } from '@app/messaging';
import { EndpointChanges, WebhookEndpointEntity, WebhookEndpointRepository } from '@app/persistence';
import { routingOf } from '../endpoints/endpoint-health.service';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { boundedEach } from './bounded-each';
import { ReplicaMembership } from './replica-membership.service';

/**
 * How far back each incremental read looks before the previous one began. updated_at is stamped when
 * the writing transaction starts, and an endpoint transaction (its broker step times out after 5 s)
 * may commit well after that: a change is missed only if its transaction outlives this margin.
 */
export const CHANGE_OVERLAP_MS = 60_000;

/** Deletion markers are kept this long past the full-pass interval, so every replica sees them. */
const DELETION_RETENTION_FACTOR = 3;

/** Endpoints read per query when this replica takes over a share of the queues. */
const TAKEOVER_BATCH = 1_000;

/**
 * Endpoints applied at once by a full pass or a takeover. Their broker steps (declare, bind, consume:
 * round trips each) overlap rather than wait for one another; endpoints are independent, and the pass
 * as a whole still runs inside `serialized`.
 */
export const PASS_CONCURRENCY = 32;

/** Whoever consumes the endpoints' queues (the transport). */
export interface EndpointConsumerSet {
  /** Consume this endpoint's queue (or refresh the endpoint it delivers to). */
  consume(endpoint: WebhookEndpointEntity): Promise<void>;
  /** Stop consuming this endpoint's queue: the endpoint is gone or unreadable. */
  release(endpointId: string): Promise<void>;
  /** Stop consuming this endpoint's queue because another replica owns it now; deliveries already taken finish. */
  handOver(endpointId: string): Promise<void>;
  consuming(endpointId: string): boolean;
  readonly size: number;
}

/**
 * Decides which endpoints this replica consumes, without a restart: a control message
 * (`endpoints.changed`) applies its endpoints at once; every RECONCILE_INTERVAL an incremental read
 * (endpoints changed and deleted since the last read, by updated_at and deletion markers) heals a missed
 * message; every FULL_RECONCILE_INTERVAL, and at start, every endpoint is read and every queue
 * re-asserted. Every change runs through one queue (`serialized`), so passes, control messages and
 * reconnects never race. Every replica follows every endpoint's version, but consumes only those it
 * owns (ReplicaMembership); when the live replicas change, `rebalance` takes up and hands over queues.
 */
@Injectable()
export class EndpointReconciler {
  private readonly logger = new Logger('EndpointReconciler');
  /** Endpoint id → version of the row last applied. */
  private readonly known = new Map<string, string>();
  private lock: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private consumers: EndpointConsumerSet | null = null;
  private stopped = false;
  /** Database time the last read began; the next incremental read starts CHANGE_OVERLAP_MS before it. */
  private lastReadAt: Date | null = null;
  private lastFullAt = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly control: ControlChannel,
    private readonly topology: EndpointTopology,
    private readonly metrics: DispatcherMetrics,
    private readonly membership: ReplicaMembership,
  ) {}

  /**
   * Reads who is alive, subscribes to control messages, reads every endpoint once (consuming its share),
   * joins the replicas, then follows changes on every RECONCILE_INTERVAL.
   */
  async start(consumers: EndpointConsumerSet): Promise<void> {
    this.consumers = consumers;
    await this.membership.start(() => {
      this.serialized(() => this.rebalance()).catch((err) => this.logger.error(`rebalance failed: ${(err as Error).message}`));
    });
    await this.control.subscribe((m) => {
      if (m.kind === 'replicas.changed') return this.membership.refresh();
      // Another replica's endpoint: its owner applies it (one it still consumes is handed over or released below).
      const ids = m.endpoint_ids.filter((id) => this.membership.owns(id) || consumers.consuming(id));
      if (ids.length === 0) return;
      return this.serialized(() => this.refresh(ids));
    });
    await this.serialized(() => this.reconcile());
    await this.membership.join();
    this.timer = setInterval(() => {
      this.serialized(() => this.tick()).catch((err) => this.logger.error(`reconcile failed: ${(err as Error).message}`));
    }, this.config.reconcileIntervalMs);
  }

  /** No more passes; the replica deregisters so the others take over its share at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.membership.leave();
  }

  /** Runs `fn` after every change queued before it. */
  serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn, fn);
    this.lock = run.catch(() => undefined);
    return run;
  }

  /** A full pass when one is due, else an incremental one. */
  private tick(): Promise<void> {
    return Date.now() - this.lastFullAt >= this.config.fullReconcileIntervalMs ? this.reconcile() : this.followChanges();
  }

  /**
   * Full pass: every endpoint in the database is consumed (its queue re-asserted), every consumer
   * without one released, and deletion markers every replica has had time to see are pruned.
   */
  async reconcile(): Promise<void> {
    if (this.stopped || !this.consumers) return;
    const end = this.metrics.reconcileSeconds.startTimer({ kind: 'full' });
    const all = await this.endpoints.readAll();
    const seen = new Set(all.changed.map(({ endpoint }) => endpoint.id));
    await boundedEach(all.changed, PASS_CONCURRENCY, ({ endpoint, version }) => this.ensure(endpoint, version, true));
    for (const id of [...this.known.keys()]) if (!seen.has(id)) await this.forget(id);
    this.lastReadAt = all.readAt;
    this.lastFullAt = Date.now();
    const keep = Math.max(this.config.fullReconcileIntervalMs * DELETION_RETENTION_FACTOR, CHANGE_OVERLAP_MS * 2);
    await this.endpoints.pruneDeletions(new Date(all.readAt.getTime() - keep));
    this.metrics.consumedEndpoints.set(this.consumers.size);
    end();
  }

  /** Incremental pass: only endpoints changed or deleted since shortly before the previous read. */
  async followChanges(): Promise<void> {
    if (this.stopped || !this.consumers) return;
    if (!this.lastReadAt) return this.reconcile();
    const end = this.metrics.reconcileSeconds.startTimer({ kind: 'incremental' });
    const changes = await this.endpoints.changesSince(new Date(this.lastReadAt.getTime() - CHANGE_OVERLAP_MS));
    await this.apply(changes);
    this.lastReadAt = changes.readAt;
    this.metrics.consumedEndpoints.set(this.consumers.size);
    end();
  }

  /** Endpoints changed (created, updated, disabled, deleted): apply them now, read in one query. */
  async refresh(endpointIds: string[]): Promise<void> {
    if (this.stopped || !this.consumers) return;
    const found = await this.endpoints.findVersionedMany(endpointIds);
    for (const { endpoint, version } of found) await this.ensure(endpoint, version);
    const present = new Set(found.map((f) => f.endpoint.id));
    for (const id of endpointIds) if (!present.has(id)) await this.forget(id);
    this.metrics.consumedEndpoints.set(this.consumers.size);
  }

  /**
   * The live replicas changed: queues this replica owns now and does not consume are taken up (their
   * rows read in batches), those another replica owns now are handed over. The new owner may start
   * before or after the old one stops: an overlap is harmless (a settled copy is skipped), and a gap
   * lasts at most until both have seen the same members.
   */
  async rebalance(): Promise<void> {
    if (this.stopped || !this.consumers) return;
    const end = this.metrics.reconcileSeconds.startTimer({ kind: 'rebalance' });
    const gained: string[] = [];
    for (const id of this.known.keys()) {
      const owned = this.membership.owns(id);
      if (owned && !this.consumers.consuming(id)) gained.push(id);
      else if (!owned && this.consumers.consuming(id)) await this.consumers.handOver(id);
    }
    for (let i = 0; i < gained.length; i += TAKEOVER_BATCH) {
      const rows = await this.endpoints.findVersionedMany(gained.slice(i, i + TAKEOVER_BATCH));
      await boundedEach(rows, PASS_CONCURRENCY, ({ endpoint, version }) => this.ensure(endpoint, version));
    }
    this.metrics.consumedEndpoints.set(this.consumers.size);
    end();
  }

  private async apply(changes: EndpointChanges): Promise<void> {
    for (const id of changes.deleted) await this.forget(id);
    for (const { endpoint, version } of changes.changed) {
      // Rows inside the overlap come back on every read: only a new version is applied again.
      if (this.known.get(endpoint.id) !== version) await this.ensure(endpoint, version, true);
    }
  }

  /**
   * Records the endpoint's version and consumes its queue when this replica owns it. `heal` (database
   * reads): an endpoint seen for the first time has its queue and bindings applied by its owner, for rows
   * written without the API (operator SQL) or left behind by a crashed API call; a disabled endpoint keeps
   * none. A control message needs no heal: the API applied the bindings before it stored the row, so a
   * create costs the broker no second declare and bind.
   */
  private async ensure(endpoint: WebhookEndpointEntity, version: string, heal = false): Promise<void> {
    const first = !this.known.has(endpoint.id);
    this.known.set(endpoint.id, version);
    if (!this.membership.owns(endpoint.id)) {
      if (this.consumers!.consuming(endpoint.id)) await this.consumers!.handOver(endpoint.id);
      return;
    }
    if (first && heal) await this.topology.apply(endpoint.enabled ? null : routingOf(endpoint, true), endpoint);
    await this.consumers!.consume(endpoint);
  }

  /** The endpoint is gone: its consumer is released and (by its owner) its queue removed. */
  private async forget(endpointId: string): Promise<void> {
    if (!this.known.delete(endpointId)) return;
    await this.consumers!.release(endpointId);
    this.metrics.backlog.remove({ endpoint_id: endpointId });
    // The API deleted it already; this heals a crashed delete, once, not once per replica.
    if (!this.membership.owns(endpointId)) return;
    await this.topology.apply({ id: endpointId, workspaceId: '', events: [], enabled: false }, null).catch(() => undefined);
  }
}
