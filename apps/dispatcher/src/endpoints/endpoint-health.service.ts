import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { EventEnvelope, eventIdFor, isoSeconds, routingKeyFor } from '@app/events';
import { ControlChannel, EndpointRouting, EndpointTopology, EventPublisher } from '@app/messaging';
import { EventRepository, WebhookEndpointEntity, WebhookEndpointRepository } from '@app/persistence';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';

const DISABLED_EVENT = 'webhook.endpoint_disabled';
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
 * a single success for AUTO_DISABLE_AFTER disables it. Disabling records the reason, removes the
 * queue's bindings, stores and publishes a `webhook.endpoint_disabled` event to the workspace, and
 * tells every replica. Writes are throttled so a busy endpoint costs a few updates a minute.
 */
@Injectable()
export class EndpointHealthService {
  private readonly logger = new Logger('EndpointHealth');
  private readonly lastSuccessWrite = new Map<string, number>();
  private readonly lastFailureCheck = new Map<string, number>();

  constructor(
    private readonly config: AppConfig,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly events: EventRepository,
    private readonly publisher: EventPublisher,
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
    await this.endpoints.recordDeliverySuccess(endpoint.id, at);
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
    await this.control.publish({ kind: 'endpoint.changed', endpoint_id: endpoint.id });
    return true;
  }

  /** Stored first (the outbox relay publishes it if the broker is away), then published and marked. */
  private async emitDisabledEvent(endpoint: WebhookEndpointEntity, lastStatusCode: number | null): Promise<void> {
    const disabledAt = endpoint.disabledAt ?? new Date();
    const envelope: EventEnvelope = {
      id: eventIdFor(endpoint.workspaceId, DISABLED_EVENT, `${endpoint.id}\n${disabledAt.toISOString()}`),
      type: DISABLED_EVENT,
      created_at: isoSeconds(disabledAt),
      timestamp: disabledAt.toISOString(),
      workspace_id: endpoint.workspaceId,
      waba_id: null,
      phone_number_id: null,
      data: {
        endpoint_id: endpoint.id,
        url: endpoint.url,
        reason: endpoint.disabledReason ?? 'disabled',
        disabled_at: isoSeconds(disabledAt),
        ...(lastStatusCode !== null ? { last_status_code: lastStatusCode } : {}),
      },
      raw: null,
    };
    const inserted = await this.events.insertNew([
      {
        id: envelope.id,
        workspaceId: envelope.workspace_id,
        type: envelope.type,
        wabaId: null,
        phoneNumberId: null,
        envelope: envelope as unknown as Record<string, unknown>,
        createdAt: disabledAt,
      },
    ]);
    if (!inserted.has(envelope.id)) return;
    await this.publisher.publish({
      id: envelope.id,
      routingKey: routingKeyFor(envelope.workspace_id, envelope.type),
      body: Buffer.from(JSON.stringify(envelope)),
    });
    await this.events.markPublished([envelope.id]);
  }
}
