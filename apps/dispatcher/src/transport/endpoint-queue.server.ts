import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import { AppConfig } from '@app/config';
import { retryTiers } from '@app/delivery';
import { AmqpConnectionService, decodeDeliveryJob, DeliveryJob, RetryTopology } from '@app/messaging';
import { EndpointRateBudgetRepository, WebhookEndpointEntity } from '@app/persistence';
import { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { AttemptRecorder } from '../delivery/attempt-recorder.service';
import { EndpointSecrets } from '../delivery/endpoint-secrets.service';
import { DeliveryOutcome } from '../delivery/delivery-outcome';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { ConsumerChannel } from './consumer-channel';
import { EndpointConcurrencyLimiter, ShuttingDownError } from './endpoint-concurrency.limiter';
import { EndpointRateLimiter } from './endpoint-rate.limiter';
import { DELIVERY_JOB_PATTERN, EndpointQueueContext, EndpointTarget } from './endpoint-queue.context';
import { EndpointConsumerSet, EndpointReconciler } from './endpoint-reconciler.service';

/** Unacked messages per endpoint consumer, as a multiple of the HTTP concurrency: the extra ones wait for their record. */
const PREFETCH_FACTOR = 2;

interface Consumer extends EndpointTarget {
  tag: string | null;
}

/**
 * The dispatcher's Nest transport: one queue per webhook endpoint, all consumed on one confirm channel.
 * It owns the queues, the channel, acks and concurrency; the `@EventPattern(DELIVERY_JOB_PATTERN)`
 * handler gets a decoded, validated job and returns an outcome, so interceptors, filters and lifecycle
 * work as in any Nest microservice. A handler that throws gets its message requeued; an outcome asking
 * for a retry is published to its delay queue (with confirms) before the message is acked.
 */
@Injectable()
export class EndpointQueueServer extends Server implements CustomTransportStrategy, EndpointConsumerSet, BeforeApplicationShutdown {
  protected override readonly logger = new Logger('EndpointQueueServer');
  private readonly channel: ConsumerChannel;
  private readonly limiter: EndpointConcurrencyLimiter;
  private readonly rate: EndpointRateLimiter;
  private readonly consumers = new Map<string, Consumer>();
  private listening = false;
  private stopping = false;
  private handling = 0;
  private idle: (() => void)[] = [];
  /** Looked up once: Nest's lookup by pattern tries JSON.parse on it (and throws) every time. */
  private handler: MessageHandler | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly amqp: AmqpConnectionService,
    private readonly retries: RetryTopology,
    private readonly reconciler: EndpointReconciler,
    private readonly recorder: AttemptRecorder,
    private readonly metrics: DispatcherMetrics,
    private readonly secrets: EndpointSecrets,
    budgets: EndpointRateBudgetRepository,
  ) {
    super();
    this.limiter = new EndpointConcurrencyLimiter(config.deliveryConcurrencyPerEndpoint);
    this.rate = new EndpointRateLimiter(budgets, (id, err) => this.logger.error(`rate budget of endpoint ${id} unreadable, retrying: ${err.message}`));
    const tiers = retryTiers(config.retryScheduleMs);
    this.channel = new ConsumerChannel(amqp, {
      prefetch: config.deliveryConcurrencyPerEndpoint * PREFETCH_FACTOR,
      declare: (ch) => this.retries.declare(ch, tiers),
      onLost: () => {
        for (const c of this.consumers.values()) c.tag = null;
      },
      onReady: () => {
        if (!this.listening) return;
        void this.reconciler
          .serialized(async () => {
            for (const c of this.consumers.values()) await this.startConsuming(c);
          })
          .catch((err) => this.logger.error(`re-consuming after reconnect failed: ${(err as Error).message}`));
      },
    });
  }

  get size(): number {
    return this.consumers.size;
  }

  async listen(callback: (...optionalParams: unknown[]) => void): Promise<void> {
    try {
      await this.channel.waitForConnect();
      this.listening = true;
      await this.reconciler.start(this);
      callback();
    } catch (err) {
      callback(err);
    }
  }

  async consume(endpoint: WebhookEndpointEntity): Promise<void> {
    if (!this.readable(endpoint)) {
      // Queue and bindings stay: its events wait there, and the next reconcile tries the endpoint again.
      await this.release(endpoint.id);
      return;
    }
    let c = this.consumers.get(endpoint.id);
    if (!c) {
      c = { id: endpoint.id, queue: this.amqp.names.endpointQueue(endpoint.id), endpoint, tag: null };
      this.consumers.set(endpoint.id, c);
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

  async release(endpointId: string): Promise<void> {
    const c = this.consumers.get(endpointId);
    if (!c) return;
    c.endpoint = null;
    const ch = this.channel.current;
    if (ch && c.tag) await ch.cancel(c.tag).catch(() => undefined);
    c.tag = null;
    this.consumers.delete(endpointId);
  }

  consuming(endpointId: string): boolean {
    return this.consumers.has(endpointId);
  }

  /**
   * Another replica owns the queue now: the consumer is cancelled, but the endpoint stays on the
   * messages already taken, so they are delivered and acked here as usual (release would record them
   * as deleted).
   */
  async handOver(endpointId: string): Promise<void> {
    const c = this.consumers.get(endpointId);
    if (!c) return;
    this.consumers.delete(endpointId);
    this.metrics.backlog.remove({ endpoint_id: endpointId });
    const ch = this.channel.current;
    const tag = c.tag;
    c.tag = null;
    if (ch && tag) await ch.cancel(tag).catch(() => undefined);
  }

  private async startConsuming(c: Consumer): Promise<void> {
    const ch = this.channel.current;
    if (!ch || this.stopping || !c.endpoint) return;
    // Declared on this channel first: consuming a missing queue would close the channel (404).
    const { messageCount } = await ch.assertQueue(c.queue, { durable: true, arguments: this.amqp.queueArguments() });
    this.metrics.backlog.set({ endpoint_id: c.id }, messageCount);
    if (c.tag) return;
    const { consumerTag } = await ch.consume(c.queue, (msg) => (msg ? this.onMessage(c, ch, msg) : this.onServerCancel(c, ch)), { noAck: false });
    c.tag = consumerTag;
  }

  /** The broker cancelled the consumer (its queue was deleted): re-check the endpoint shortly. */
  private onServerCancel(c: Consumer, ch: ConfirmChannel): void {
    if (this.channel.current !== ch) return;
    c.tag = null;
    setTimeout(() => {
      this.reconciler
        .serialized(() => this.reconciler.refresh([c.id]))
        .catch((err) => this.logger.error(`refresh of ${c.id} failed: ${(err as Error).message}`));
    }, 250).unref();
  }

  private onMessage(c: Consumer, ch: ConfirmChannel, msg: ConsumeMessage): void {
    this.channel.received(ch, msg);
    const routingKey = msg.fields.exchange === this.amqp.names.eventsExchange ? msg.fields.routingKey : null;
    const decoded = decodeDeliveryJob(c.id, msg.content, msg.properties, routingKey);
    if (!decoded.ok) {
      this.metrics.skipped.inc({ reason: 'malformed' });
      this.logger.error(`dropped a malformed message from ${c.queue} (message id ${msg.properties.messageId ?? 'none'}): ${decoded.reason}`);
      this.channel.settle(ch, msg, true);
      return;
    }
    this.handling++;
    this.handle(decoded.job, c)
      .then(
        (outcome) => this.finish(ch, msg, c, decoded.job, outcome),
        (err) => {
          if (!(err instanceof ShuttingDownError)) this.logger.error(`delivery to ${c.id} failed to complete, requeued: ${(err as Error).message}`);
          this.channel.settle(ch, msg, false);
        },
      )
      .finally(() => {
        if (--this.handling === 0) for (const wake of this.idle.splice(0)) wake();
      });
  }

  /** Runs the job through the registered handler within the endpoint's rate limit, then its concurrency. */
  private async handle(job: DeliveryJob, c: Consumer): Promise<DeliveryOutcome> {
    const handler = (this.handler ??= this.getHandlerByPattern(DELIVERY_JOB_PATTERN));
    if (!handler) throw new Error(`no handler registered for ${DELIVERY_JOB_PATTERN}`);
    await this.rate.acquire(c.id, c.endpoint?.rateLimitPerSecond ?? null);
    const release = await this.limiter.acquire(c.id);
    try {
      // What Nest's transformToObservable + lastValueFrom would give, without building an Observable for a plain outcome.
      const result: unknown = await handler(job, new EndpointQueueContext([c]));
      return (isObservable(result) ? await lastValueFrom(result) : result) as DeliveryOutcome;
    } finally {
      release();
    }
  }

  /** A retry is confirmed in its delay queue before the original is acked; then the message is done. */
  private async finish(ch: ConfirmChannel, msg: ConsumeMessage, c: Consumer, job: DeliveryJob, outcome: DeliveryOutcome): Promise<void> {
    try {
      await outcome.recorded;
    } catch (err) {
      this.logger.error(`an attempt of a delivery to ${c.id} could not be recorded, requeued: ${(err as Error).message}`);
      this.channel.settle(ch, msg, false);
      return;
    }
    try {
      if (outcome.throttleMs) {
        await this.rate
          .pause(c.id, outcome.throttleMs, c.endpoint?.rateLimitPerSecond ?? null)
          .catch((err) => this.logger.error(`pause of endpoint ${c.id} not shared: ${(err as Error).message}`));
      }
      if (outcome.retry) {
        await this.retries.schedule(ch, c.queue, msg.content, msg.properties, outcome.retry, job.envelope);
        this.metrics.retriesScheduled.inc({ tier_ms: String(outcome.retry.tierMs) });
      }
      this.channel.settle(ch, msg, true);
    } catch (err) {
      this.logger.error(`retry of a delivery to ${c.id} could not be scheduled, requeued: ${(err as Error).message}`);
      this.channel.settle(ch, msg, false);
    }
  }

  /**
   * SIGTERM: stop consuming, give in-flight deliveries a bounded time to finish and be recorded and
   * acked; whatever is left unacked returns to its queue when the connection closes.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.channel.beginShutdown();
    this.recorder.beginShutdown();
    await this.reconciler.stop();
    const ch = this.channel.current;
    if (ch) await Promise.allSettled([...this.consumers.values()].filter((c) => c.tag).map((c) => ch.cancel(c.tag!)));
    this.limiter.close();
    this.rate.close();
    const graceMs = Math.min(this.config.deliveryTimeoutMs + 3_000, 30_000);
    if (this.handling > 0) {
      await Promise.race([new Promise<void>((r) => this.idle.push(r)), new Promise<void>((r) => setTimeout(r, graceMs).unref())]);
    }
    if (this.handling > 0) this.logger.warn(`${this.handling} deliveries unfinished after ${graceMs} ms; they return to their queues`);
    this.channel.flushAcks();
    await this.recorder.drain();
    this.logger.log('stopped consuming');
  }

  /** Called by Nest after the shutdown hooks above; the connection itself is closed by AmqpConnectionService. */
  close(): Promise<void> {
    return this.beforeApplicationShutdown();
  }

  /** This transport emits no events of its own to subscribe to. */
  on(): void {
    throw new Error('EndpointQueueServer has no events to subscribe to');
  }

  unwrap<T>(): T {
    return this.channel as T;
  }
}
