import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MetricsRegistry, PeriodicTask } from '@app/common';
import { AppConfig } from '@app/config';
import { EndpointRequeuePublisher, EndpointTopology } from '@app/messaging';
import { DeliverySweepRepository, EventRepository } from '@app/persistence';
import { Counter } from 'prom-client';

/** Endpoints looked at per pass, and deliveries claimed per statement. */
const ENDPOINTS_PER_PASS = 200;
const CLAIM_BATCH = 500;
const ORPHAN_BATCH = 5_000;

export type SweepAction = 'republished' | 'endpoint_deleted' | 'event_expired';

export interface SweepResult {
  republished: number;
  endpoint_deleted: number;
  event_expired: number;
  /** Endpoints left for a later pass because their queue still holds messages or cannot be read. */
  endpoints_skipped: number;
}

/**
 * Finds deliveries left pending with no message on its way (the ingest died between a recover's claim
 * and its publish, the broker lost the message) and publishes them again, every DELIVERY_SWEEP_INTERVAL.
 *
 * "No message on its way" is decided in three steps, so a retry waiting in a delay queue is never taken:
 * - the delivery is overdue by DELIVERY_SWEEP_GRACE beyond its due time plus its planned delay (the
 *   SQL rule in DeliverySweepRepository);
 * - its endpoint's queue holds no message: a backlog (a slow or rate-limited endpoint) may still carry
 *   it, so that endpoint waits for a later pass;
 * - the claim moves its due time to now, so replicas do not both publish it.
 * A message still on its way despite this is sent twice at worst (at-least-once; the dispatcher skips a
 * job whose delivery has already settled), and receivers deduplicate on webhook-id.
 */
@Injectable()
export class DeliverySweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeliverySweeper');
  private readonly swept: Counter<'action'>;
  private readonly task = new PeriodicTask(this.logger, 'delivery sweep');

  constructor(
    private readonly config: AppConfig,
    private readonly sweep: DeliverySweepRepository,
    private readonly events: EventRepository,
    private readonly topology: EndpointTopology,
    private readonly requeue: EndpointRequeuePublisher,
    registry: MetricsRegistry,
  ) {
    this.swept = new Counter({
      name: 'ingest_deliveries_swept_total',
      help: 'Pending deliveries with no message on its way: re-published, settled as endpoint_deleted, or failed (event past retention)',
      labelNames: ['action'],
      registers: [registry],
    });
    for (const action of ['republished', 'endpoint_deleted', 'event_expired'] as const) this.swept.inc({ action }, 0);
  }

  onApplicationBootstrap(): void {
    this.task.every(this.config.deliverySweepIntervalMs, () => this.runOnce());
  }

  /** One pass: settles deliveries of deleted endpoints, then re-publishes stranded ones. */
  async runOnce(now = new Date()): Promise<SweepResult> {
    const result: SweepResult = { republished: 0, endpoint_deleted: 0, event_expired: 0, endpoints_skipped: 0 };
    result.endpoint_deleted = await this.sweep.settleOrphans(ORPHAN_BATCH);
    if (result.endpoint_deleted > 0) {
      this.swept.inc({ action: 'endpoint_deleted' }, result.endpoint_deleted);
      this.logger.warn({ msg: 'pending deliveries of deleted endpoints settled', count: result.endpoint_deleted });
    }

    const cutoff = new Date(now.getTime() - this.config.deliverySweepGraceMs);
    for (const { endpoint_id: endpointId, stranded } of await this.sweep.endpointsWithStranded(cutoff, ENDPOINTS_PER_PASS)) {
      if (this.task.stopping) break;
      const backlog = await this.topology.backlog(endpointId);
      if (backlog !== 0) {
        result.endpoints_skipped++;
        this.logger.log({ msg: 'stranded deliveries left for a later pass', endpoint_id: endpointId, stranded, queue_messages: backlog });
        continue;
      }
      const done = await this.republish(endpointId, cutoff);
      result.republished += done.republished;
      result.event_expired += done.expired;
    }
    return result;
  }

  private async republish(endpointId: string, cutoff: Date): Promise<{ republished: number; expired: number }> {
    let republished = 0;
    let expired = 0;
    for (;;) {
      const claimed = await this.sweep.claimStranded(endpointId, cutoff, CLAIM_BATCH);
      const gone: string[] = [];
      for (const d of claimed) {
        const event = await this.events.findForWorkspace(d.workspace_id, d.event_id, d.event_day);
        if (!event) {
          gone.push(d.id);
          continue;
        }
        await this.requeue.restartRetries(endpointId, event, d.attempt_count, 'sweep');
        republished++;
      }
      await this.sweep.markFailed(gone, 'Not delivered: the event is past the retention period');
      expired += gone.length;
      if (claimed.length < CLAIM_BATCH || this.task.stopping) break;
    }
    if (republished > 0) {
      this.swept.inc({ action: 'republished' }, republished);
      this.logger.warn({ msg: 'stranded deliveries re-published', endpoint_id: endpointId, count: republished });
    }
    if (expired > 0) {
      this.swept.inc({ action: 'event_expired' }, expired);
      this.logger.warn({ msg: 'stranded deliveries failed: event past retention', endpoint_id: endpointId, count: expired });
    }
    return { republished, expired };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }
}
