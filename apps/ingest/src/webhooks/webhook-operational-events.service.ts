import { Injectable } from '@nestjs/common';
import { GroupCommitQueue } from '@app/common';
import { EventEnvelope, isoSeconds, operationalEnvelope } from '@app/events';
import { EventRepository, WebhookEndpointEntity } from '@app/persistence';
import { OutboxService } from '../ingest-pipeline/outbox.service';

export type EndpointChange = 'webhook.endpoint_created' | 'webhook.endpoint_updated' | 'webhook.endpoint_deleted';

/** An operational event with its JSON text (stored and published as is) and the time of its change. */
interface StoredOperationalEvent {
  envelope: EventEnvelope;
  json: string;
  at: Date;
}

const MAX_EVENTS_PER_INSERT = 500;

/**
 * The operational events of the management API (an endpoint created, updated or deleted, a secret
 * rotated), emitted to the workspace like any event once the change is committed: stored (the events
 * of concurrent changes in one statement), then handed to the outbox, which publishes them and marks
 * them published in batches, or relays them later if the broker is away. Ids name the change (the
 * endpoint and its update time), so one change is one event.
 */
@Injectable()
export class WebhookOperationalEvents {
  private readonly stored: GroupCommitQueue<StoredOperationalEvent, boolean>;

  constructor(
    private readonly events: EventRepository,
    private readonly outbox: OutboxService,
  ) {
    this.stored = new GroupCommitQueue((batch) => this.store(batch), { maxBatchWeight: MAX_EVENTS_PER_INSERT, maxInFlight: 2 });
  }

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
    const event: StoredOperationalEvent = { envelope, json: JSON.stringify(envelope), at };
    if (await this.stored.submit(event)) this.outbox.publishCommitted([event]);
  }

  /** One insert for the batch; true for each event stored for the first time (a repeated id is stored once). */
  private async store(batch: StoredOperationalEvent[]): Promise<boolean[]> {
    const first = new Map<string, StoredOperationalEvent>();
    for (const e of batch) if (!first.has(e.envelope.id)) first.set(e.envelope.id, e);
    const inserted = await this.events.insertNew(
      [...first.values()].map(({ envelope, json, at }) => ({
        id: envelope.id,
        workspaceId: envelope.workspace_id,
        type: envelope.type,
        wabaId: null,
        phoneNumberId: null,
        envelope: envelope as unknown as Record<string, unknown>,
        envelopeJson: json,
        createdAt: at,
      })),
    );
    return batch.map((e) => first.get(e.envelope.id) === e && inserted.has(e.envelope.id));
  }
}
