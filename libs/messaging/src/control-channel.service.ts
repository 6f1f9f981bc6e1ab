import { Injectable, Logger } from '@nestjs/common';
import { GroupCommitQueue } from '@app/common';
import { ChannelWrapper } from 'amqp-connection-manager';
import { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { AmqpConnectionService } from './amqp-connection.service';

/**
 * Told to every dispatcher replica when endpoints are created, changed or deleted. On the wire one
 * endpoint is `{"kind":"endpoint.changed","endpoint_id":…}` and several are
 * `{"kind":"endpoints.changed","endpoint_ids":[…]}`; subscribers get both as this one shape.
 */
export interface EndpointsChangedMessage {
  kind: 'endpoints.changed';
  endpoint_ids: string[];
}

/** A dispatcher replica joined or left: the others re-read who is alive now instead of at their next heartbeat. */
export interface ReplicasChangedMessage {
  kind: 'replicas.changed';
}

export type ControlMessage = EndpointsChangedMessage | ReplicasChangedMessage;

/** Endpoint ids per control message at most (~19 KB of JSON). */
const MAX_IDS_PER_MESSAGE = 500;

/** A control message's body, or null when it is not one (reconcile heals whatever a dropped one said). */
export function parseControlMessage(content: Buffer): ControlMessage | null {
  let body: { kind?: unknown; endpoint_id?: unknown; endpoint_ids?: unknown } | null;
  try {
    body = JSON.parse(content.toString('utf8'));
  } catch {
    return null;
  }
  if (body?.kind === 'endpoint.changed' && typeof body.endpoint_id === 'string') return { kind: 'endpoints.changed', endpoint_ids: [body.endpoint_id] };
  if (
    body?.kind === 'endpoints.changed' &&
    Array.isArray(body.endpoint_ids) &&
    body.endpoint_ids.length > 0 &&
    body.endpoint_ids.every((id) => typeof id === 'string')
  ) {
    return { kind: 'endpoints.changed', endpoint_ids: body.endpoint_ids as string[] };
  }
  if (body?.kind === 'replicas.changed') return { kind: 'replicas.changed' };
  return null;
}

/**
 * Control messages over a fanout exchange: each subscriber gets its own exclusive, auto-deleted queue.
 * Best effort by design: dispatchers also reconcile from the database on a period. Endpoint changes are
 * coalesced: the ids that come while one message awaits its confirm leave together in the next, so a
 * burst of creates costs the broker and every replica one message per batch, not one per endpoint.
 */
@Injectable()
export class ControlChannel {
  private readonly logger = new Logger('ControlChannel');
  private readonly channel: ChannelWrapper;
  private readonly changedEndpoints: GroupCommitQueue<string, void>;

  constructor(private readonly amqp: AmqpConnectionService) {
    this.channel = amqp.createChannel('control', async (ch: ConfirmChannel) => {
      await ch.assertExchange(amqp.names.controlExchange, 'fanout', { durable: true });
    });
    this.changedEndpoints = new GroupCommitQueue<string, void>(
      async (ids) => {
        const unique = [...new Set(ids)];
        await this.publish(unique.length === 1 ? { kind: 'endpoint.changed', endpoint_id: unique[0] } : { kind: 'endpoints.changed', endpoint_ids: unique });
        return ids.map(() => undefined);
      },
      { maxBatchWeight: MAX_IDS_PER_MESSAGE, maxInFlight: 1 },
    );
  }

  /** Tells every replica that this endpoint changed; resolves once the message carrying it is confirmed. */
  endpointChanged(endpointId: string): Promise<void> {
    return this.changedEndpoints.submit(endpointId);
  }

  /** One message as is (`endpointChanged` for endpoint changes, which it coalesces). */
  async publish(message: ReplicasChangedMessage | { kind: 'endpoint.changed'; endpoint_id: string } | EndpointsChangedMessage): Promise<void> {
    await this.channel.publish(this.amqp.names.controlExchange, '', Buffer.from(JSON.stringify(message)), {
      contentType: 'application/json',
    });
  }

  /** Subscribes for the lifetime of the process; re-subscribed automatically after a reconnect. */
  async subscribe(handler: (message: ControlMessage) => Promise<void> | void): Promise<void> {
    const exchange = this.amqp.names.controlExchange;
    await this.channel.addSetup(async (ch: ConfirmChannel) => {
      // Classic whatever QUEUE_TYPE says: quorum queues cannot be exclusive, and this one lives and dies
      // with the connection (on whichever cluster node it is).
      const { queue } = await ch.assertQueue('', { exclusive: true, autoDelete: true });
      await ch.bindQueue(queue, exchange, '');
      await ch.consume(
        queue,
        (msg: ConsumeMessage | null) => {
          if (!msg) return;
          const parsed = parseControlMessage(msg.content);
          if (!parsed) {
            this.logger.warn('ignored a malformed control message');
            return;
          }
          Promise.resolve(handler(parsed)).catch((err) => this.logger.error(`control handler failed: ${(err as Error).message}`));
        },
        { noAck: true },
      );
    });
  }
}
