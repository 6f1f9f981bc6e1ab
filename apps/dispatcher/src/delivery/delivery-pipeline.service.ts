import { Injectable, Logger } from '@nestjs/common';
import { JsonLogger } from '@app/common';
import { AppConfig } from '@app/config';
import { attemptRecordOf, AttemptSubject, deliveryIdFor, planRetry, undeliveredAttemptRecord } from '@app/delivery';
import { isOwnOperationalEventWhileFailing, matchesEndpointFilter } from '@app/events';
import { DeliveryJob } from '@app/messaging';
import { DeliveryRepository, DeliveryState, eventDayOf, WebhookEndpointEntity } from '@app/persistence';
import { EndpointHealthService } from '../endpoints/endpoint-health.service';
import { OperationalEvents } from '../endpoints/operational-events.service';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { AttemptRecorder } from './attempt-recorder.service';
import { DeliveryOutcome } from './delivery-outcome';
import { WebhookDeliveryService } from './webhook-delivery.service';

const EXHAUSTED_EVENT = 'webhook.delivery_exhausted';
/** States a delivery does not leave on its own: a further copy of its job has nothing left to do. */
const SETTLED: ReadonlySet<DeliveryState | null> = new Set<DeliveryState | null>(['succeeded', 'failed', 'endpoint_deleted']);

/**
 * One delivery job → one attempt: skip (disabled, deleted, filtered), or sign and POST. It resolves once
 * the HTTP call is done, with the retry the transport must schedule when one is due and `recorded`, which
 * settles when the attempt's record is durable (the transport acks only then, and requeues if it fails).
 */
@Injectable()
export class DeliveryPipeline {
  private readonly logger = new Logger('Delivery');
  private readonly schedule: number[];

  constructor(
    private readonly config: AppConfig,
    private readonly delivery: WebhookDeliveryService,
    private readonly recorder: AttemptRecorder,
    private readonly health: EndpointHealthService,
    private readonly operational: OperationalEvents,
    private readonly metrics: DispatcherMetrics,
    private readonly deliveries: DeliveryRepository,
  ) {
    this.schedule = config.retryScheduleMs;
  }

  /**
   * The delivery's stored state; null when unknown. PostgreSQL unreachable sends the job anyway, as
   * before this check existed: failing it would requeue the message at once, in a loop, for as long as
   * the database is down (the attempt's record then waits in AttemptRecorder).
   */
  private async storedState(subject: AttemptSubject): Promise<DeliveryState | null> {
    try {
      return await this.deliveries.stateOf(deliveryIdFor(subject.eventId, subject.endpointId), subject.eventDay);
    } catch {
      return null;
    }
  }

  async process(job: DeliveryJob, endpoint: WebhookEndpointEntity | null): Promise<DeliveryOutcome> {
    const { envelope, attempt, trigger, scheduleBase, retryAllowed } = job;
    const base: AttemptSubject = {
      eventId: envelope.id,
      endpointId: job.endpointId,
      workspaceId: envelope.workspace_id,
      eventType: envelope.type,
      eventDay: eventDayOf(job.createdAtMs),
      attempt,
      trigger,
    };

    // Every job but a first attempt may be a second copy of its message (the sweeper re-published a
    // delivery whose message was in fact still on its way): once the delivery has settled, the copy is
    // acknowledged unsent. Resend and recover move the delivery back to pending before they publish.
    if ((attempt > 1 || trigger !== 'auto') && SETTLED.has(await this.storedState(base))) {
      this.metrics.skipped.inc({ reason: 'already_settled' });
      if (JsonLogger.isLevelEnabled('debug'))
        this.logger.debug({ msg: 'delivery skipped', event_id: base.eventId, endpoint_id: base.endpointId, attempt, trigger, error_class: 'already_settled' });
      return {};
    }

    if (!endpoint || !endpoint.enabled) {
      const errorClass = endpoint ? 'endpoint_disabled' : 'endpoint_deleted';
      this.metrics.skipped.inc({ reason: errorClass });
      if (JsonLogger.isLevelEnabled('debug'))
        this.logger.debug({ msg: 'delivery skipped', event_id: base.eventId, endpoint_id: base.endpointId, attempt, error_class: errorClass });
      this.metrics.deliveriesFinished.inc({ state: endpoint ? 'failed' : 'endpoint_deleted' });
      const recorded = this.recorder.record(
        undeliveredAttemptRecord(
          base,
          errorClass,
          endpoint ? `Not delivered: endpoint disabled (${endpoint.disabledReason ?? 'by its owner'})` : 'Not delivered: endpoint deleted',
          endpoint ? 'failed' : 'endpoint_deleted',
        ),
      );
      recorded.catch(() => undefined); // awaited by the transport; marked handled so an early failure is not "unhandled"
      return { recorded };
    }
    if (!matchesEndpointFilter(endpoint.filter, envelope)) {
      this.metrics.skipped.inc({ reason: 'filtered' });
      return {};
    }
    // Routing cannot know an endpoint's health: the news of its own failure goes to the workspace's others.
    if (isOwnOperationalEventWhileFailing(endpoint, envelope)) {
      this.metrics.skipped.inc({ reason: 'own_failure' });
      return {};
    }

    this.metrics.inFlight.inc();
    const startedAt = new Date();
    let res;
    try {
      res = await this.delivery.send(endpoint, envelope.id, job.body, startedAt);
    } finally {
      this.metrics.inFlight.dec();
    }
    const result = res.ok ? 'success' : (res.errorClass ?? 'http_error');
    this.metrics.attempts.inc({ outcome: result });
    this.metrics.duration.observe({ outcome: result }, res.durationMs / 1000);

    const gone = res.statusCode === 410;
    const plan = res.ok || gone || !retryAllowed ? null : planRetry(attempt - scheduleBase, this.schedule, this.config.retryJitter, res.retryAfterMs);
    const state = res.ok ? 'succeeded' : plan ? 'pending' : 'failed';
    const record = attemptRecordOf(base, startedAt, res, {
      state,
      nextAttemptAt: plan ? new Date(Date.now() + plan.delayMs) : null,
      errorMessage: gone ? 'HTTP 410 Gone: the endpoint is disabled' : res.errorMessage,
    });
    // Failures at info (retry planned) or warn (final); successes at debug only, built only when enabled.
    if (!res.ok || JsonLogger.isLevelEnabled('debug')) {
      const line = {
        msg: 'delivery attempt',
        event_id: base.eventId,
        endpoint_id: base.endpointId,
        attempt,
        trigger,
        state,
        status_code: res.statusCode,
        error_class: record.errorClass,
        duration_ms: res.durationMs,
      };
      if (res.ok) this.logger.debug(line);
      else if (state === 'failed') this.logger.warn(line);
      else this.logger.log(line);
    }
    const recorded = this.recorder.record(record);
    recorded.catch(() => undefined); // awaited by the transport; marked handled so an early failure is not "unhandled"
    if (state !== 'pending') this.metrics.deliveriesFinished.inc({ state });

    // Used all its scheduled attempts (not a one-off resend, not a 410 that disables the endpoint anyway).
    // An exhausted event about an exhausted event is not emitted again, so failures cannot feed each other.
    if (state === 'failed' && retryAllowed && !gone && envelope.type !== EXHAUSTED_EVENT) {
      this.operational
        .emit(envelope.workspace_id, EXHAUSTED_EVENT, `${envelope.id}\n${endpoint.id}`, new Date(), {
          event_id: envelope.id,
          event_type: envelope.type,
          endpoint_id: endpoint.id,
          url: endpoint.url,
          attempts: attempt,
          last_error: record.errorMessage ?? (res.statusCode !== null ? `HTTP ${res.statusCode}` : 'delivery failed'),
          ...(res.statusCode !== null ? { last_status_code: res.statusCode } : {}),
        })
        .catch((err) => this.logger.error(`${EXHAUSTED_EVENT} for ${envelope.id} could not be emitted: ${(err as Error).message}`));
    }

    const healthUpdate = res.ok ? this.health.onSuccess(endpoint, startedAt) : this.health.onFailure(endpoint, startedAt, res.statusCode);
    healthUpdate.catch((err) => this.logger.error(`health update of endpoint ${endpoint.id} failed: ${(err as Error).message}`));
    const outcome: DeliveryOutcome = plan ? { recorded, retry: { ...plan, nextAttempt: attempt + 1 } } : { recorded };
    if (res.statusCode === 429 && res.retryAfterMs !== null && res.retryAfterMs > 0) outcome.throttleMs = res.retryAfterMs;
    return outcome;
  }
}
