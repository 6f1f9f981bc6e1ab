import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ControlChannel, EndpointTopology } from '@app/messaging';
import { WebhookEndpointEntity, WebhookEndpointRepository } from '@app/persistence';
import { routingOf } from '../endpoints/endpoint-health.service';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';

/** Whoever consumes the endpoints' queues (the transport). */
export interface EndpointConsumerSet {
  /** Consume this endpoint's queue (or refresh the endpoint it delivers to). */
  consume(endpoint: WebhookEndpointEntity): Promise<void>;
  /** Stop consuming this endpoint's queue. */
  release(endpointId: string): Promise<void>;
  readonly size: number;
}

/**
 * Decides which endpoints this replica consumes, without a restart: a control message
 * (`endpoint.changed`) applies one endpoint at once, and a periodic reconcile from the database heals
 * anything missed. Every change runs through one queue (`serialized`), so reconciles, control messages
 * and reconnects never race.
 */
@Injectable()
export class EndpointReconciler {
  private readonly logger = new Logger('EndpointReconciler');
  private readonly known = new Set<string>();
  private lock: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private consumers: EndpointConsumerSet | null = null;
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly control: ControlChannel,
    private readonly topology: EndpointTopology,
    private readonly metrics: DispatcherMetrics,
  ) {}

  /** Subscribes to control messages, reconciles once, then on every RECONCILE_INTERVAL. */
  async start(consumers: EndpointConsumerSet): Promise<void> {
    this.consumers = consumers;
    await this.control.subscribe((m) => this.serialized(() => this.refresh(m.endpoint_id)));
    await this.serialized(() => this.reconcile());
    this.timer = setInterval(() => {
      this.serialized(() => this.reconcile()).catch((err) => this.logger.error(`reconcile failed: ${(err as Error).message}`));
    }, this.config.reconcileIntervalMs);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  /** Runs `fn` after every change queued before it. */
  serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn, fn);
    this.lock = run.catch(() => undefined);
    return run;
  }

  /** Every endpoint in the database is consumed; every consumer without one is released. */
  async reconcile(): Promise<void> {
    if (this.stopped || !this.consumers) return;
    const all = await this.endpoints.findAll();
    const seen = new Set<string>();
    for (const endpoint of all) {
      seen.add(endpoint.id);
      await this.ensure(endpoint);
    }
    for (const id of [...this.known]) if (!seen.has(id)) await this.forget(id);
    this.metrics.consumedEndpoints.set(this.consumers.size);
  }

  /** One endpoint changed (created, updated, disabled, deleted): apply it now. */
  async refresh(endpointId: string): Promise<void> {
    if (this.stopped || !this.consumers) return;
    const endpoint = await this.endpoints.findById(endpointId);
    if (endpoint) await this.ensure(endpoint);
    else await this.forget(endpointId);
    this.metrics.consumedEndpoints.set(this.consumers.size);
  }

  private async ensure(endpoint: WebhookEndpointEntity): Promise<void> {
    if (!this.known.has(endpoint.id)) {
      this.known.add(endpoint.id);
      // Heals bindings a crashed API call may have left behind; a disabled endpoint keeps none.
      await this.topology.apply(endpoint.enabled ? null : routingOf(endpoint, true), endpoint);
    }
    await this.consumers!.consume(endpoint);
  }

  /** The endpoint is gone: its consumer is released and its queue removed. */
  private async forget(endpointId: string): Promise<void> {
    if (!this.known.delete(endpointId)) return;
    await this.consumers!.release(endpointId);
    this.metrics.backlog.remove({ endpoint_id: endpointId });
    await this.topology.apply({ id: endpointId, workspaceId: '', events: [], enabled: false }, null).catch(() => undefined);
  }
}
