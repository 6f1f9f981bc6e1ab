import { Injectable } from '@nestjs/common';
import { ChannelWrapper } from 'amqp-connection-manager';
import { ConfirmChannel } from 'amqplib';
import { AmqpConnectionService } from './amqp-connection.service';

export interface PublishableEvent {
  id: string;
  routingKey: string;
  body: Buffer;
}

/** Publishes events to the topic exchange and resolves only when the broker confirmed them. */
@Injectable()
export class EventPublisher {
  private readonly channel: ChannelWrapper;

  constructor(private readonly amqp: AmqpConnectionService) {
    const exchange = amqp.names.eventsExchange;
    this.channel = amqp.createChannel(
      'event-publisher',
      async (ch: ConfirmChannel) => {
        await ch.assertExchange(exchange, 'topic', { durable: true });
      },
      { confirm: true, publishTimeout: 10_000 },
    );
  }

  get isConnected(): boolean {
    return this.amqp.isConnected;
  }

  publish(event: PublishableEvent): Promise<void> {
    return this.channel
      .publish(this.amqp.names.eventsExchange, event.routingKey, event.body, {
        persistent: true,
        messageId: event.id,
        contentType: 'application/json',
      })
      .then(() => undefined);
  }

  waitForConnect(): Promise<void> {
    return this.channel.waitForConnect();
  }
}
