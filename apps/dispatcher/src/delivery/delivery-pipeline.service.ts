import { Injectable, Logger } from '@nestjs/common';
import { JsonLogger } from '@app/common';
import { AppConfig } from '@app/config';
import { deliveryIdFor, planRetry, retryTiers } from '@app/delivery';
import { matchesEndpointFilter } from '@app/events';
import { attemptOf, RetryTopology } from '@app/messaging';
import { AttemptRecord, AttemptTrigger, WebhookEndpointEntity } from '@app/persistence';
import { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { EndpointHealthService } from '../endpoints/endpoint-health.service';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { AttemptRecorder } from './attempt-recorder.service';
import { WebhookDeliveryService } from './webhook-delivery.service';

const TRIGGERS: readonly AttemptTrigger[] = ['auto', 'retry', 'manual', 'recover', 'test'];

/** What the consumer knows about the endpoint a message is for. */
export interface EndpointTarget {
  id: string;
  queue: string;
  /** null once the endpoint is deleted. */
  endpoint: WebhookEndpointEntity | null;
}

interface Envelope {
  id: string;
  type: string;
  workspace_id: string;
  phone_number_id?: string | null;
  test?: boolean;
}

/**
 * One consumed message → one attempt: skip (disabled, deleted, filtered), or sign and POST; then the
 * retry is published to its delay queue (with confirms) and the attempt recorded, both before the
 * caller acks. Resolving means "ack"; throwing means "requeue".
 */
@Injectable()
export class DeliveryPipeline {
  private readonly logger = new Logger('Delivery');
  private readonly schedule: number[];
  readonly tiers: number[];

  constructor(
    private readonly config: AppConfig,
    private readonly delivery: WebhookDeliveryService,
    private readonly recorder: AttemptRecorder,
    private readonly retries: RetryTopology,
    private readonly health: EndpointHealthService,
    private readonly metrics: DispatcherMetrics,
  ) {
    this.schedule = config.retryScheduleMs;
    this.tiers = retryTiers(this.schedule);
  }

  async process(target: EndpointTarget, ch: ConfirmChannel, msg: ConsumeMessage, acquire: () => Promise<() => void>): Promise<void> {
    const envelope = parseEnvelope(msg.content);
    if (!envelope) {
      this.metrics.skipped.inc({ reason: 'malformed' });
      this.logger.error(`dropped a malformed message from ${target.queue} (message id ${msg.properties.messageId ?? 'none'})`);
      return;
    }
    const headers = msg.properties.headers ?? {};
    const attempt = attemptOf(msg.properties);
    const trigger = TRIGGERS.includes(headers['x-trigger']) ? (headers['x-trigger'] as AttemptTrigger) : 'auto';
    const scheduleBase = Number.isInteger(headers['x-schedule-base']) ? Number(headers['x-schedule-base']) : 0;
    const retryAllowed = headers['x-retry'] === undefined || Number(headers['x-retry']) !== 0;
    const base = {
      deliveryId: deliveryIdFor(envelope.id, target.id),
      eventId: envelope.id,
      endpointId: target.id,
      workspaceId: envelope.workspace_id,
      eventType: envelope.type,
      attempt,
      trigger,
    };

    const endpoint = target.endpoint;
    if (!endpoint || !endpoint.enabled) {
      const errorClass = endpoint ? 'endpoint_disabled' : 'endpoint_deleted';
      this.metrics.skipped.inc({ reason: errorClass });
      if (JsonLogger.isLevelEnabled('debug')) this.logger.debug({ msg: 'delivery skipped', event_id: base.eventId, endpoint_id: base.endpointId, attempt, error_class: errorClass });
      this.metrics.deliveriesFinished.inc({ state: 'failed' });
      await this.recorder.record({
        ...base, startedAt: new Date(), durationMs: 0, statusCode: null, errorClass,
        errorMessage: endpoint ? `Not delivered: endpoint disabled (${endpoint.disabledReason ?? 'by its owner'})` : 'Not delivered: endpoint deleted',
        responseBody: null, success: false, state: 'failed', nextAttemptAt: null,
      });
      return;
    }
    if (!matchesEndpointFilter(endpoint.filter, envelope)) {
      this.metrics.skipped.inc({ reason: 'filtered' });
      return;
    }

    const release = await acquire();
    this.metrics.inFlight.inc();
    const startedAt = new Date();
    let res;
    try {
      res = await this.delivery.send(endpoint, envelope.id, msg.content, startedAt);
    } finally {
      release();
      this.metrics.inFlight.dec();
    }
    const outcome = res.ok ? 'success' : (res.errorClass ?? 'http_error');
    this.metrics.attempts.inc({ outcome });
    this.metrics.duration.observe({ outcome }, res.durationMs / 1000);

    const gone = res.statusCode === 410;
    const plan = res.ok || gone || !retryAllowed ? null : planRetry(attempt - scheduleBase, this.schedule, this.config.retryJitter, res.retryAfterMs);
    const state = res.ok ? 'succeeded' : plan ? 'pending' : 'failed';
    const record: AttemptRecord = {
      ...base,
      startedAt,
      durationMs: res.durationMs,
      statusCode: res.statusCode,
      errorClass: res.ok ? null : res.errorClass,
      errorMessage: gone ? 'HTTP 410 Gone: the endpoint is disabled' : res.errorMessage,
      responseBody: res.responseBody,
      success: res.ok,
      state,
      nextAttemptAt: plan ? new Date(Date.now() + plan.delayMs) : null,
    };
    // Failures at info (retry planned) or warn (final); successes at debug only, built only when enabled.
    if (!res.ok || JsonLogger.isLevelEnabled('debug')) {
      const line = { msg: 'delivery attempt', event_id: base.eventId, endpoint_id: base.endpointId, attempt, trigger, state, status_code: res.statusCode, error_class: record.errorClass, duration_ms: res.durationMs };
      if (res.ok) this.logger.debug(line);
      else if (state === 'failed') this.logger.warn(line);
      else this.logger.log(line);
    }
    const work: Promise<void>[] = [this.recorder.record(record)];
    if (plan) {
      work.push(
        this.retries
          .schedule(ch, target.queue, msg.content, msg.properties, { ...plan, nextAttempt: attempt + 1 })
          .then(() => void this.metrics.retriesScheduled.inc({ tier_ms: String(plan.tierMs) })),
      );
    }
    await Promise.all(work);
    if (state !== 'pending') this.metrics.deliveriesFinished.inc({ state });

    const healthUpdate = res.ok ? this.health.onSuccess(endpoint, startedAt) : this.health.onFailure(endpoint, startedAt, res.statusCode);
    healthUpdate.catch((err) => this.logger.error(`health update of endpoint ${endpoint.id} failed: ${(err as Error).message}`));
  }
}

function parseEnvelope(content: Buffer): Envelope | null {
  try {
    const e = JSON.parse(content.toString('utf8'));
    if (typeof e?.id === 'string' && typeof e.type === 'string' && typeof e.workspace_id === 'string') return e as Envelope;
  } catch {
    // fall through
  }
  return null;
}
