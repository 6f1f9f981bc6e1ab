import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { AmqpConnectionService, ControlChannel, EndpointTopology, RetryTopology } from '@app/messaging';
import { WebhookEndpointEntity, WebhookEndpointRepository } from '@app/persistence';
import { ChannelWrapper } from 'amqp-connection-manager';
import { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { AttemptRecorder } from '../delivery/attempt-recorder.service';
import { DeliveryPipeline, EndpointTarget } from '../delivery/delivery-pipeline.service';
import { EndpointSecrets } from '../delivery/endpoint-secrets.service';
import { routingOf } from '../endpoints/endpoint-health.service';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';

/** Unacked messages per endpoint consumer, as a multiple of the HTTP concurrency: the extra ones wait for their record. */
const PREFETCH_FACTOR = 2;

class ShuttingDown extends Error {
  constructor() {
    super('shutting down');
  }
}

interface EndpointConsumer extends EndpointTarget {
  tag: string | null;
  /** HTTP deliveries in flight for this endpoint in this replica. */
  active: number;
  waiters: { resolve: (release: () => void) => void; reject: (err: Error) => void }[];
}

/**
 * Consumes every endpoint's queue on one confirm channel. Each consumer has its own prefetch and at
 * most DELIVERY_CONCURRENCY_PER_ENDPOINT requests in flight, so a slow endpoint fills only its own
 * window and backs up only its own queue; the HTTP client keeps one pool per origin.
 *
 * Endpoints are picked up without a restart: a control message (`endpoint.changed`) refreshes one
 * endpoint at once, and a periodic reconcile from the database heals anything missed. Consumers are
 * driven on the raw channel (not amqp-connection-manager's auto re-consume), so a queue deleted with
 * its endpoint cancels only that consumer and never closes the channel; after a reconnect the setup
 * re-consumes every queue. Acks go only to the channel a message came from.
 */
@Injectable()
export class EndpointConsumers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('EndpointConsumers');
  private readonly wrapper: ChannelWrapper;
  private channel: ConfirmChannel | null = null;
  private readonly consumers = new Map<string, EndpointConsumer>();
  private lock: Promise<unknown> = Promise.resolve();
  private reconcileTimer: NodeJS.Timeout | null = null;
  private bootstrapped = false;
  private stopping = false;
  private handling = 0;
  private idle: (() => void)[] = [];

  constructor(
    private readonly config: AppConfig,
    private readonly amqp: AmqpConnectionService,
    private readonly topology: EndpointTopology,
    private readonly retries: RetryTopology,
    private readonly control: ControlChannel,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly pipeline: DeliveryPipeline,
    private readonly recorder: AttemptRecorder,
    private readonly metrics: DispatcherMetrics,
    private readonly secrets: EndpointSecrets,
  ) {
    this.wrapper = amqp.createChannel('endpoint-consumers', (ch: ConfirmChannel) => this.setup(ch));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.wrapper.waitForConnect();
    await this.control.subscribe((m) => this.serialized(() => this.refresh(m.endpoint_id)));
    this.bootstrapped = true;
    await this.serialized(() => this.reconcile());
    this.reconcileTimer = setInterval(() => {
      this.serialized(() => this.reconcile()).catch((err) => this.logger.error(`reconcile failed: ${(err as Error).message}`));
    }, this.config.reconcileIntervalMs);
  }

  /** Runs on every (re)connect with a fresh channel. */
  private async setup(ch: ConfirmChannel): Promise<void> {
    this.channel = null;
    for (const c of this.consumers.values()) c.tag = null;
    ch.on('close', () => this.onChannelClosed(ch));
    await ch.prefetch(this.config.deliveryConcurrencyPerEndpoint * PREFETCH_FACTOR, false);
    await this.retries.declare(ch, this.pipeline.tiers);
    this.channel = ch;
    if (this.bootstrapped) {
      void this.serialized(async () => {
        for (const c of this.consumers.values()) await this.startConsuming(c);
      }).catch((err) => this.logger.error(`re-consuming after reconnect failed: ${(err as Error).message}`));
    }
  }

  private onChannelClosed(ch: ConfirmChannel): void {
    if (this.channel !== ch) return;
    this.channel = null;
    for (const c of this.consumers.values()) c.tag = null;
    if (this.stopping) return;
    // A channel error with the connection still up: amqp-connection-manager reopens channels only on
    // reconnect, so force one (every unacked message returns to its queue).
    setTimeout(() => {
      if (!this.stopping && this.channel === null && this.amqp.isConnected) {
        this.logger.warn('consumer channel closed while connected; reconnecting');
        this.amqp.connection.reconnect();
      }
    }, 1000).unref();
  }

  /** Serializes topology changes (reconcile, control messages, reconnects) so they never race. */
  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn, fn);
    this.lock = run.catch(() => undefined);
    return run;
  }

  async reconcile(): Promise<void> {
    if (this.stopping) return;
    const all = await this.endpoints.findAll();
    const seen = new Set<string>();
    for (const endpoint of all) {
      seen.add(endpoint.id);
      await this.ensure(endpoint);
    }
    for (const id of [...this.consumers.keys()]) {
      if (!seen.has(id)) await this.forget(id);
    }
    this.metrics.consumedEndpoints.set(this.consumers.size);
  }

  /** One endpoint changed (created, updated, disabled, deleted): apply it now. */
  async refresh(endpointId: string): Promise<void> {
    if (this.stopping) return;
    const endpoint = await this.endpoints.findById(endpointId);
    if (endpoint) await this.ensure(endpoint);
    else await this.forget(endpointId);
    this.metrics.consumedEndpoints.set(this.consumers.size);
  }

  private async ensure(endpoint: WebhookEndpointEntity): Promise<void> {
    if (!this.readable(endpoint)) {
      await this.pause(endpoint.id);
      return;
    }
    let c = this.consumers.get(endpoint.id);
    if (!c) {
      c = { id: endpoint.id, queue: this.amqp.names.endpointQueue(endpoint.id), endpoint, tag: null, active: 0, waiters: [] };
      this.consumers.set(endpoint.id, c);
      // Heals bindings a crashed API call may have left behind; a disabled endpoint keeps none.
      await this.topology.apply(endpoint.enabled ? null : routingOf(endpoint, true), endpoint);
    }
    c.endpoint = endpoint;
    await this.startConsuming(c);
  }

  /** Decrypts the endpoint's secrets once now, so a missing key is found before any message is taken. */
  private readable(endpoint: WebhookEndpointEntity): boolean {
    try {
      this.secrets.open(endpoint);
      return true;
    } catch (err) {
      this.logger.error(`endpoint ${endpoint.id} is not consumed: its secrets cannot be decrypted (${(err as Error).message}); its events wait in its queue`);
      return false;
    }
  }

  /** Stops consuming an endpoint but keeps its queue and bindings; the next reconcile tries it again. */
  private async pause(endpointId: string): Promise<void> {
    const c = this.consumers.get(endpointId);
    if (!c) return;
    const ch = this.channel;
    if (ch && c.tag) await ch.cancel(c.tag).catch(() => undefined);
    c.tag = null;
    this.consumers.delete(endpointId);
  }

  /** The endpoint is gone: messages still arriving are recorded as endpoint_deleted; its queue is removed. */
  private async forget(endpointId: string): Promise<void> {
    const c = this.consumers.get(endpointId);
    if (!c) return;
    c.endpoint = null;
    const ch = this.channel;
    if (ch && c.tag) await ch.cancel(c.tag).catch(() => undefined);
    c.tag = null;
    this.consumers.delete(endpointId);
    this.metrics.backlog.remove({ endpoint_id: endpointId });
    await this.topology.apply({ id: endpointId, workspaceId: '', events: [], enabled: false }, null).catch(() => undefined);
  }

  private async startConsuming(c: EndpointConsumer): Promise<void> {
    const ch = this.channel;
    if (!ch || this.stopping || !c.endpoint) return;
    // Declared on this channel first: consuming a missing queue would close the channel (404).
    const { messageCount } = await ch.assertQueue(c.queue, { durable: true, arguments: this.amqp.queueArguments() });
    this.metrics.backlog.set({ endpoint_id: c.id }, messageCount);
    if (c.tag) return;
    const { consumerTag } = await ch.consume(c.queue, (msg) => (msg ? this.onMessage(c, ch, msg) : this.onServerCancel(c, ch)), { noAck: false });
    c.tag = consumerTag;
  }

  /** The broker cancelled the consumer (its queue was deleted): re-check the endpoint shortly. */
  private onServerCancel(c: EndpointConsumer, ch: ConfirmChannel): void {
    if (this.channel !== ch) return;
    c.tag = null;
    setTimeout(() => {
      this.serialized(() => this.refresh(c.id)).catch((err) => this.logger.error(`refresh of ${c.id} failed: ${(err as Error).message}`));
    }, 250).unref();
  }

  private onMessage(c: EndpointConsumer, ch: ConfirmChannel, msg: ConsumeMessage): void {
    this.handling++;
    this.pipeline
      .process(c, ch, msg, () => this.acquire(c))
      .then(
        () => this.settle(ch, msg, true),
        (err) => {
          if (!(err instanceof ShuttingDown)) this.logger.error(`delivery to ${c.id} failed to complete, requeued: ${(err as Error).message}`);
          this.settle(ch, msg, false);
        },
      )
      .finally(() => {
        this.handling--;
        if (this.handling === 0) for (const wake of this.idle.splice(0)) wake();
      });
  }

  /** Acks (or requeues) on the channel the message came from; after a reconnect the broker already requeued it. */
  private settle(ch: ConfirmChannel, msg: ConsumeMessage, ack: boolean): void {
    if (this.channel !== ch) return;
    try {
      if (ack) ch.ack(msg);
      else ch.nack(msg, false, true);
    } catch (err) {
      this.logger.warn(`could not settle a message: ${(err as Error).message}`);
    }
  }

  /** A slot among the endpoint's DELIVERY_CONCURRENCY_PER_ENDPOINT; resolves with its release. */
  private acquire(c: EndpointConsumer): Promise<() => void> {
    if (this.stopping) return Promise.reject(new ShuttingDown());
    const release = () => {
      const next = c.waiters.shift();
      if (next) next.resolve(release);
      else c.active--;
    };
    if (c.active < this.config.deliveryConcurrencyPerEndpoint) {
      c.active++;
      return Promise.resolve(release);
    }
    return new Promise((resolve, reject) => c.waiters.push({ resolve, reject }));
  }

  /**
   * SIGTERM: stop consuming, give in-flight deliveries a bounded time to finish and be recorded and
   * acked; whatever is left unacked returns to its queue when the connection closes.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.recorder.beginShutdown();
    if (this.reconcileTimer) clearInterval(this.reconcileTimer);
    const ch = this.channel;
    if (ch) {
      await Promise.allSettled([...this.consumers.values()].filter((c) => c.tag).map((c) => ch.cancel(c.tag!)));
    }
    for (const c of this.consumers.values()) for (const w of c.waiters.splice(0)) w.reject(new ShuttingDown());
    const graceMs = Math.min(this.config.deliveryTimeoutMs + 3_000, 30_000);
    if (this.handling > 0) {
      await Promise.race([
        new Promise<void>((r) => this.idle.push(r)),
        new Promise<void>((r) => setTimeout(r, graceMs).unref()),
      ]);
    }
    if (this.handling > 0) this.logger.warn(`${this.handling} deliveries unfinished after ${graceMs} ms; they return to their queues`);
    await this.recorder.drain();
    this.logger.log('stopped consuming');
  }
}
