import { Injectable } from '@nestjs/common';
import { MetricsRegistry } from '@app/common';
import { UNHANDLED_REASONS } from '@app/persistence';
import { Counter, Gauge, Histogram } from 'prom-client';

/** Prometheus metrics of the Meta ingest pipeline (exposed on /metrics). */
@Injectable()
export class IngestMetrics {
  /** POST /meta/webhook answers by outcome: accepted, invalid_signature, bad_request, payload_too_large, unavailable, error. */
  readonly requests: Counter<'outcome'>;
  /** New events committed, by event type. */
  readonly events: Counter<'type'>;
  /** Events Meta sent again (same deterministic id): neither stored nor published a second time. */
  readonly duplicates: Counter;
  /** Changes stored as unhandled, by reason. */
  readonly unhandled: Counter<'reason'>;
  /** Events committed but not yet confirmed by the broker. */
  readonly outboxBacklog: Gauge;
  /** From publish to broker confirm. */
  readonly publishLatency: Histogram<'path'>;
  /** Publishes that failed (nack, timeout, disconnect); the relay re-publishes them. */
  readonly publishFailures: Counter<'path'>;
  /** Events re-published by the outbox relay. */
  readonly relayed: Counter;
  /** Requests per group commit and its duration. */
  readonly batchSize: Histogram;
  readonly commitLatency: Histogram;

  constructor(registry: MetricsRegistry) {
    const registers = [registry];
    this.requests = new Counter({ name: 'ingest_meta_requests_total', help: 'Meta webhook POSTs by outcome', labelNames: ['outcome'], registers });
    this.events = new Counter({ name: 'ingest_events_total', help: 'New events committed, by type', labelNames: ['type'], registers });
    this.duplicates = new Counter({ name: 'ingest_duplicate_events_total', help: 'Events received again and skipped (same id)', registers });
    this.unhandled = new Counter({
      name: 'ingest_unhandled_changes_total',
      help: 'Meta changes (or items of one) stored as unhandled, by reason',
      labelNames: ['reason'],
      registers,
    });
    // Every reason is listed from the start, so a dashboard sees a new reason at 0 before it first happens.
    for (const reason of UNHANDLED_REASONS) this.unhandled.inc({ reason }, 0);
    this.outboxBacklog = new Gauge({ name: 'ingest_outbox_backlog', help: 'Events committed but not yet confirmed by RabbitMQ', registers });
    this.publishLatency = new Histogram({
      name: 'ingest_publish_duration_seconds',
      help: 'Time from publish to broker confirm',
      labelNames: ['path'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.publishFailures = new Counter({
      name: 'ingest_publish_failures_total',
      help: 'Publishes not confirmed (left to the relay)',
      labelNames: ['path'],
      registers,
    });
    this.relayed = new Counter({ name: 'ingest_outbox_relayed_total', help: 'Events re-published by the outbox relay', registers });
    this.batchSize = new Histogram({
      name: 'ingest_group_commit_requests',
      help: 'Requests committed per group-commit transaction',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
      registers,
    });
    this.commitLatency = new Histogram({
      name: 'ingest_group_commit_duration_seconds',
      help: 'Duration of one group-commit flush (lookup + transaction)',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
  }
}
