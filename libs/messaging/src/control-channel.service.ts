import { Injectable, Logger } from '@nestjs/common';
import { ChannelWrapper } from 'amqp-connection-manager';
import { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { AmqpConnectionService } from './amqp-connection.service';

/** Told to every dispatcher replica when an endpoint is created, changed or deleted. */
export interface EndpointChangedMessage {
  kind: 'endpoint.changed';
  endpoint_id: string;
}

/** A dispatcher replica joined or left: the others re-read who is alive now instead of at their next heartbeat. */
export interface ReplicasChangedMessage {
  kind: 'replicas.changed';
}

export type ControlMessage = EndpointChangedMessage | ReplicasChangedMessage;

/**
 * Control messages over a fanout exchange: each subscriber gets its own exclusive, auto-deleted queue.
 * Best effort by design: dispatchers also reconcile from the database on a period.
 */
@Injectable()
export class ControlChannel {
  private readonly logger = new Logger('ControlChannel');
  private readonly channel: ChannelWrapper;

  constructor(private readonly amqp: AmqpConnectionService) {
    this.channel = amqp.createChannel('control', async (ch: ConfirmChannel) => {
      await ch.assertExchange(amqp.names.controlExchange, 'fanout', { durable: true });
    });
  }

  async publish(message: ControlMessage): Promise<void> {
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
          let parsed: ControlMessage | null = null;
          try {
            const body = JSON.parse(msg.content.toString('utf8'));
            if (body?.kind === 'endpoint.changed' && typeof body.endpoint_id === 'string') parsed = { kind: body.kind, endpoint_id: body.endpoint_id };
            else if (body?.kind === 'replicas.changed') parsed = { kind: body.kind };
          } catch {
            // malformed control message: ignored, reconcile heals
          }
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
