import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { isoSeconds } from '@app/events';
import { ControlChannel, EndpointRouting, EndpointTopology } from '@app/messaging';
import { WebhookEndpointEntity, WebhookEndpointRepository } from '@app/persistence';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { OperationalEvents } from './operational-events.service';

const DISABLED_EVENT = 'webhook.endpoint_disabled';
const FAILING_EVENT = 'webhook.delivery_failing';
const RECOVERED_EVENT = 'webhook.endpoint_recovered';
/** A healthy endpoint's last_success_at is refreshed at most this often per replica. */
const SUCCESS_WRITE_INTERVAL_MS = 10_000;
/** A failing endpoint is checked against AUTO_DISABLE_AFTER at most this often per replica. */
const FAILURE_CHECK_INTERVAL_MS = 2_000;

export type DisableCause = 'gone' | 'failing';

export function routingOf(endpoint: WebhookEndpointEntity, enabled = endpoint.enabled): EndpointRouting {
  return { id: endpoint.id, workspaceId: endpoint.workspaceId, events: endpoint.events, enabled };
}

/**
 * Tracks each endpoint's health from delivery outcomes: 410 Gone disables it at once; failing without
 * a single success for DELIVERY_FAILING_AFTER sends `webhook.delivery_failing` (once per failing period:
 * its id names the endpoint and the period's start); for AUTO_DISABLE_AFTER disables it. Disabling
 * records the reason, removes the queue's bindings, emits `webhook.endpoint_disabled` and tells every
 * replica. The success that closes a reported failing period emits `webhook.endpoint_recovered` (the
 * replica whose write closed it, once). Writes are throttled so a busy endpoint costs a few updates a minute.
 */
@Injectable()
export class EndpointHealthService {
  private readonly logger = new Logger('EndpointHealth');
  private readonly lastSuccessWrite = new Map<string, number>();
  private readonly lastFailureCheck = new Map<string, number>();
  /** Failing periods this replica already reported (endpoint id → period start), to skip re-inserting. */
  private readonly reportedFailing = new Map<string, number>();

  constructor(
    private readonly config: AppConfig,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly events: OperationalEvents,
    private readonly topology: EndpointTopology,
    private readonly control: ControlChannel,
    private readonly metrics: DispatcherMetrics,
  ) {}

  async onSuccess(endpoint: WebhookEndpointEntity, at: Date): Promise<void> {
    const last = this.lastSuccessWrite.get(endpoint.id) ?? 0;
    if (endpoint.failingSince === null && at.getTime() - last < SUCCESS_WRITE_INTERVAL_MS) return;
    this.lastSuccessWrite.set(endpoint.id, at.getTime());
    endpoint.failingSince = null;
    endpoint.lastSuccessAt = at;
    this.reportedFailing.delete(endpoint.id);
    const ended = await this.endpoints.recordDeliverySuccess(endpoint.id, at);
    // Only a period long enough to have been reported as failing is reported as recovered.
    if (ended && at.getTime() - ended.getTime() >= this.config.deliveryFailingAfterMs) {
      await this.events.emit(endpoint.workspaceId, RECOVERED_EVENT, `${endpoint.id}\n${ended.toISOString()}`, at, {
        endpoint_id: endpoint.id,
        url: endpoint.url,
        failing_since: isoSeconds(ended),
        recovered_at: isoSeconds(at),
      });
    }
  }

  async onFailure(endpoint: WebhookEndpointEntity, at: Date, statusCode: number | null): Promise<void> {
    if (!endpoint.enabled) return;
    if (statusCode === 410) {
      await this.disable(endpoint, 'gone', 'The endpoint answered 410 Gone', statusCode, at);
      return;
    }
    const now = at.getTime();
    if (now - (this.lastFailureCheck.get(endpoint.id) ?? 0) < FAILURE_CHECK_INTERVAL_MS && endpoint.failingSince !== null) return;
    this.lastFailureCheck.set(endpoint.id, now);
    if (endpoint.failingSince === null) {
      endpoint.failingSince = (await this.endpoints.recordDeliveryFailure(endpoint.id, at)) ?? at;
    }
    await this.reportFailing(endpoint, now, statusCode);
    const after = this.config.autoDisableAfterMs;
    if (now - endpoint.failingSince.getTime() >= after) {
      const since = isoSeconds(endpoint.failingSince);
      await this.disable(
        endpoint,
        'failing',
        `No successful delivery since ${since} (AUTO_DISABLE_AFTER=${this.config.env.AUTO_DISABLE_AFTER})`,
        statusCode,
        at,
        new Date(now - after),
      );
    }
  }

  /** `webhook.delivery_failing` once the run of failures is DELIVERY_FAILING_AFTER old; once per period. */
  private async reportFailing(endpoint: WebhookEndpointEntity, now: number, statusCode: number | null): Promise<void> {
    const since = endpoint.failingSince;
    if (!since || now - since.getTime() < this.config.deliveryFailingAfterMs) return;
    if (this.reportedFailing.get(endpoint.id) === since.getTime()) return;
    this.reportedFailing.set(endpoint.id, since.getTime());
    await this.events.emit(endpoint.workspaceId, FAILING_EVENT, `${endpoint.id}\n${since.toISOString()}`, new Date(now), {
      endpoint_id: endpoint.id,
      url: endpoint.url,
      failing_since: isoSeconds(since),
      disables_at: isoSeconds(new Date(since.getTime() + this.config.autoDisableAfterMs)),
      ...(statusCode !== null ? { last_status_code: statusCode } : {}),
    });
  }

  /** Disables once across replicas; returns false when it was already disabled (or recovered meanwhile). */
  async disable(
    endpoint: WebhookEndpointEntity,
    cause: DisableCause,
    reason: string,
    lastStatusCode: number | null,
    at: Date,
    failingBefore: Date | null = null,
  ): Promise<boolean> {
    const disabled = await this.endpoints.disableForDelivery(endpoint.id, reason, at, failingBefore);
    if (!disabled) return false;
    Object.assign(endpoint, { enabled: false, disabledReason: disabled.disabledReason, disabledAt: disabled.disabledAt });
    this.metrics.endpointsDisabled.inc({ cause });
    this.logger.warn(`endpoint ${endpoint.id} disabled: ${reason}`);
    await this.topology.apply(routingOf(disabled, true), routingOf(disabled, false));
    await this.emitDisabledEvent(disabled, lastStatusCode);
    await this.control.endpointChanged(endpoint.id);
    return true;
  }

  private async emitDisabledEvent(endpoint: WebhookEndpointEntity, lastStatusCode: number | null): Promise<void> {
    const disabledAt = endpoint.disabledAt ?? new Date();
    await this.events.emit(endpoint.workspaceId, DISABLED_EVENT, `${endpoint.id}\n${disabledAt.toISOString()}`, disabledAt, {
      endpoint_id: endpoint.id,
      url: endpoint.url,
      reason: endpoint.disabledReason ?? 'disabled',
      disabled_at: isoSeconds(disabledAt),
      ...(lastStatusCode !== null ? { last_status_code: lastStatusCode } : {}),
    });
  }
}
