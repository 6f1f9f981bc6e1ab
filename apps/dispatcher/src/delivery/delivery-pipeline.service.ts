import { Injectable, Logger } from '@nestjs/common';
import { JsonLogger } from '@app/common';
import { AppConfig } from '@app/config';
import { attemptRecordOf, AttemptSubject, planRetry, undeliveredAttemptRecord } from '@app/delivery';
import { matchesEndpointFilter } from '@app/events';
import { DeliveryJob } from '@app/messaging';
import { WebhookEndpointEntity } from '@app/persistence';
import { EndpointHealthService } from '../endpoints/endpoint-health.service';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { AttemptRecorder } from './attempt-recorder.service';
import { DeliveryOutcome } from './delivery-outcome';
import { WebhookDeliveryService } from './webhook-delivery.service';

/**
 * One delivery job → one attempt: skip (disabled, deleted, filtered), or sign and POST; the attempt is
 * recorded (durably) before it resolves, with the retry the transport must schedule when one is due.
 * Throwing means the attempt's outcome could not be kept: the transport requeues the message.
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
    private readonly metrics: DispatcherMetrics,
  ) {
    this.schedule = config.retryScheduleMs;
  }

  async process(job: DeliveryJob, endpoint: WebhookEndpointEntity | null): Promise<DeliveryOutcome> {
    const { envelope, attempt, trigger, scheduleBase, retryAllowed } = job;
    const base: AttemptSubject = {
      eventId: envelope.id,
      endpointId: job.endpointId,
      workspaceId: envelope.workspace_id,
      eventType: envelope.type,
      attempt,
      trigger,
    };

    if (!endpoint || !endpoint.enabled) {
      const errorClass = endpoint ? 'endpoint_disabled' : 'endpoint_deleted';
      this.metrics.skipped.inc({ reason: errorClass });
      if (JsonLogger.isLevelEnabled('debug'))
        this.logger.debug({ msg: 'delivery skipped', event_id: base.eventId, endpoint_id: base.endpointId, attempt, error_class: errorClass });
      this.metrics.deliveriesFinished.inc({ state: 'failed' });
      await this.recorder.record(
        undeliveredAttemptRecord(
          base,
          errorClass,
          endpoint ? `Not delivered: endpoint disabled (${endpoint.disabledReason ?? 'by its owner'})` : 'Not delivered: endpoint deleted',
        ),
      );
      return {};
    }
    if (!matchesEndpointFilter(endpoint.filter, envelope)) {
      this.metrics.skipped.inc({ reason: 'filtered' });
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
    const outcome = res.ok ? 'success' : (res.errorClass ?? 'http_error');
    this.metrics.attempts.inc({ outcome });
    this.metrics.duration.observe({ outcome }, res.durationMs / 1000);

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
    await this.recorder.record(record);
    if (state !== 'pending') this.metrics.deliveriesFinished.inc({ state });

    const healthUpdate = res.ok ? this.health.onSuccess(endpoint, startedAt) : this.health.onFailure(endpoint, startedAt, res.statusCode);
    healthUpdate.catch((err) => this.logger.error(`health update of endpoint ${endpoint.id} failed: ${(err as Error).message}`));
    return plan ? { retry: { ...plan, nextAttempt: attempt + 1 } } : {};
  }
}
