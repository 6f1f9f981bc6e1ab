import { Injectable } from '@nestjs/common';
import { EventEnvelope, operationalEnvelope, routingKeyFor } from '@app/events';
import { EventPublisher } from '@app/messaging';
import { EventRepository } from '@app/persistence';

/**
 * Emits an operational event (webhook.*) to a workspace like any other event: stored first (the ingest's
 * outbox relay publishes it if the broker is away), then published to the events exchange and marked.
 * Ids name the occurrence, so replicas emitting the same one store and publish it once.
 */
@Injectable()
export class OperationalEvents {
  constructor(
    private readonly events: EventRepository,
    private readonly publisher: EventPublisher,
  ) {}

  async emit(workspaceId: string, type: string, key: string, at: Date, data: Record<string, unknown>): Promise<EventEnvelope | null> {
    const envelope = operationalEnvelope(workspaceId, type, key, at, data);
    const inserted = await this.events.insertNew([
      {
        id: envelope.id,
        workspaceId,
        type,
        wabaId: null,
        phoneNumberId: null,
        envelope: envelope as unknown as Record<string, unknown>,
        createdAt: at,
      },
    ]);
    if (!inserted.has(envelope.id)) return null;
    await this.publisher.publish({
      id: envelope.id,
      createdAt: envelope.created_at,
      routingKey: routingKeyFor(workspaceId, type),
      body: Buffer.from(JSON.stringify(envelope)),
    });
    await this.events.markPublished([{ id: envelope.id, createdAt: at }]);
    return envelope;
  }
}
