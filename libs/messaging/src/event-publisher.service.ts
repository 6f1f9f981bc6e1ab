import { Injectable } from '@nestjs/common';
import { ChannelWrapper } from 'amqp-connection-manager';
import { ConfirmChannel } from 'amqplib';
import { AmqpConnectionService } from './amqp-connection.service';
import { eventPublishOptions } from './delivery-job.codec';

export interface PublishableEvent {
  id: string;
  /** The envelope's created_at: its second travels as the message timestamp (see delivery-job.codec). */
  createdAt: string;
  /** routingKeyFor(workspace, type): the dispatcher reads both from it. */
  routingKey: string;
  body: Buffer;
}

const DEFAULT_PUBLISH_TIMEOUT_MS = 10_000;

/** Publishes events to the topic exchange and resolves only when the broker confirmed them. */
@Injectable()
export class EventPublisher {
  private readonly channel: ChannelWrapper;
  private channelOpen = false;

  constructor(private readonly amqp: AmqpConnectionService) {
    const exchange = amqp.names.eventsExchange;
    this.channel = amqp.createChannel(
      'event-publisher',
      async (ch: ConfirmChannel) => {
        await ch.assertExchange(exchange, 'topic', { durable: true });
      },
      { confirm: true, publishTimeout: DEFAULT_PUBLISH_TIMEOUT_MS },
    );
    this.channel.on('connect', () => (this.channelOpen = true));
    this.channel.on('close', () => (this.channelOpen = false));
  }

  get isConnected(): boolean {
    return this.amqp.isConnected;
  }

  /**
   * True when the connection is up and the publishing channel is set up, i.e. a publish now goes to
   * the broker instead of amqp-connection-manager's in-memory buffer. Callers with an outbox publish
   * only when this is true and leave the rest to their relay, so nothing is sent twice after a reconnect.
   */
  get isReady(): boolean {
    return this.channelOpen && this.amqp.isConnected;
  }

  /**
   * Resolves when the broker confirmed the message; rejects on a nack or when no confirm arrived within
   * `timeoutMs` (a timed-out message is also removed from the reconnect buffer).
   */
  publish(event: PublishableEvent, timeoutMs?: number): Promise<void> {
    return this.channel
      .publish(this.amqp.names.eventsExchange, event.routingKey, event.body, { ...eventPublishOptions(event), ...(timeoutMs ? { timeout: timeoutMs } : {}) })
      .then(() => undefined);
  }
}
