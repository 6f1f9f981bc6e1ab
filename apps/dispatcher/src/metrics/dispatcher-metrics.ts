import { Injectable } from '@nestjs/common';
import { MetricsRegistry } from '@app/common';
import { Counter, Gauge, Histogram } from 'prom-client';

/** The dispatcher's Prometheus metrics (served on DISPATCHER_PORT /metrics). */
@Injectable()
export class DispatcherMetrics {
  /** outcome: success, http_error, timeout, connection_error, redirect, ssrf_blocked, invalid_url. */
  readonly attempts: Counter<'outcome'>;
  /** Final states reached: succeeded, failed (exhausted, gone, disabled or no retry asked), endpoint_deleted. */
  readonly deliveriesFinished: Counter<'state'>;
  readonly duration: Histogram<'outcome'>;
  readonly inFlight: Gauge;
  readonly retriesScheduled: Counter<'tier_ms'>;
  /** Messages acked without an HTTP call: endpoint_disabled, endpoint_deleted, filtered, own_failure, already_settled, malformed. */
  readonly skipped: Counter<'reason'>;
  readonly endpointsDisabled: Counter<'cause'>;
  readonly consumedEndpoints: Gauge;
  /** Live replicas as this one sees them (1 with DISPATCHER_QUEUE_SHARING=all). */
  readonly liveReplicas: Gauge;
  /** kind: full (every endpoint read, every queue re-asserted) or incremental (changes since the last read). */
  readonly reconcileSeconds: Histogram<'kind'>;
  readonly backlog: Gauge<'endpoint_id'>;
  readonly recorderBatch: Histogram;

  constructor(registry: MetricsRegistry) {
    const registers = [registry];
    this.attempts = new Counter({ name: 'dispatcher_delivery_attempts_total', help: 'HTTP delivery attempts by outcome', labelNames: ['outcome'], registers });
    this.deliveriesFinished = new Counter({
      name: 'dispatcher_deliveries_finished_total',
      help: 'Deliveries reaching a final state',
      labelNames: ['state'],
      registers,
    });
    this.duration = new Histogram({
      name: 'dispatcher_delivery_duration_seconds',
      help: 'Duration of one delivery attempt (connect to response body read)',
      labelNames: ['outcome'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30],
      registers,
    });
    this.inFlight = new Gauge({ name: 'dispatcher_deliveries_in_flight', help: 'HTTP deliveries in progress', registers });
    this.retriesScheduled = new Counter({
      name: 'dispatcher_retries_scheduled_total',
      help: 'Retries published to a delay queue, by tier',
      labelNames: ['tier_ms'],
      registers,
    });
    this.skipped = new Counter({
      name: 'dispatcher_messages_skipped_total',
      help: 'Messages acked without delivery, by reason',
      labelNames: ['reason'],
      registers,
    });
    this.endpointsDisabled = new Counter({
      name: 'dispatcher_endpoints_disabled_total',
      help: 'Endpoints this replica disabled, by cause',
      labelNames: ['cause'],
      registers,
    });
    this.consumedEndpoints = new Gauge({ name: 'dispatcher_consumed_endpoints', help: 'Endpoint queues this replica consumes', registers });
    this.liveReplicas = new Gauge({
      name: 'dispatcher_live_replicas',
      help: 'Dispatcher replicas sharing the endpoint queues, as this one sees them',
      registers,
    });
    this.reconcileSeconds = new Histogram({
      name: 'dispatcher_reconcile_seconds',
      help: 'Duration of one reconcile pass of the endpoints this replica consumes, by kind (full or incremental)',
      labelNames: ['kind'],
      buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 120, 300],
      registers,
    });
    this.backlog = new Gauge({
      name: 'dispatcher_endpoint_backlog',
      help: 'Ready messages in an endpoint queue (sampled at reconcile)',
      labelNames: ['endpoint_id'],
      registers,
    });
    this.recorderBatch = new Histogram({
      name: 'dispatcher_attempt_record_batch_size',
      help: 'Attempts written per database batch',
      buckets: [1, 5, 10, 25, 50, 100, 250, 500],
      registers,
    });
  }
}
