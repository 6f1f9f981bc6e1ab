import { Injectable, Logger } from '@nestjs/common';
import { isoSeconds, operationalEnvelope, routingKeyFor } from '@app/events';
import { EventPublisher } from '@app/messaging';
import { EventRepository, WebhookEndpointEntity } from '@app/persistence';

export type EndpointChange = 'webhook.endpoint_created' | 'webhook.endpoint_updated' | 'webhook.endpoint_deleted';

/**
 * The operational events of the management API (an endpoint created, updated or deleted, a secret
 * rotated), emitted to the workspace like any event once the change is committed: stored, then
 * published and marked; if the broker is away the outbox relay publishes it later. Ids name the change
 * (the endpoint and its update time), so one change is one event.
 */
@Injectable()
export class WebhookOperationalEvents {
  private readonly logger = new Logger('WebhookOperationalEvents');

  constructor(
    private readonly events: EventRepository,
    private readonly publisher: EventPublisher,
  ) {}

  endpointChanged(type: EndpointChange, e: WebhookEndpointEntity, at: Date): Promise<void> {
    const key = type === 'webhook.endpoint_updated' ? `${e.id}\n${e.updatedAt.toISOString()}` : e.id;
    return this.emit(e.workspaceId, type, key, at, {
      endpoint_id: e.id,
      url: e.url,
      description: e.description,
      events: e.events,
      enabled: e.enabled,
      ...(e.rateLimitPerSecond ? { rate_limit_per_second: e.rateLimitPerSecond } : {}),
      changed_at: isoSeconds(at),
    });
  }

  secretRotated(e: WebhookEndpointEntity, at: Date): Promise<void> {
    return this.emit(e.workspaceId, 'webhook.secret_rotated', `${e.id}\n${e.updatedAt.toISOString()}`, at, {
      endpoint_id: e.id,
      url: e.url,
      rotated_at: isoSeconds(at),
      previous_secret_expires_at: e.previousSecret && e.previousSecretExpiresAt ? isoSeconds(e.previousSecretExpiresAt) : null,
    });
  }

  private async emit(workspaceId: string, type: string, key: string, at: Date, data: Record<string, unknown>): Promise<void> {
    const envelope = operationalEnvelope(workspaceId, type, key, at, data);
    const inserted = await this.events.insertNew([
      { id: envelope.id, workspaceId, type, wabaId: null, phoneNumberId: null, envelope: envelope as unknown as Record<string, unknown>, createdAt: at },
    ]);
    if (!inserted.has(envelope.id)) return;
    try {
      await this.publisher.publish({ id: envelope.id, routingKey: routingKeyFor(workspaceId, type), body: Buffer.from(JSON.stringify(envelope)) });
      await this.events.markPublished([{ id: envelope.id, createdAt: at }]);
    } catch (err) {
      // Stored: the outbox relay publishes it; the change itself is committed and answered.
      this.logger.warn(`${type} ${envelope.id} left to the outbox relay: ${(err as Error).message}`);
    }
  }
}
