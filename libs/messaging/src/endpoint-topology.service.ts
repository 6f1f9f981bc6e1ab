import { Injectable } from '@nestjs/common';
import { bindingKeyFor } from '@app/events';
import { ChannelWrapper } from 'amqp-connection-manager';
import { ConfirmChannel } from 'amqplib';
import { AmqpConnectionService } from './amqp-connection.service';

/** What decides an endpoint's bindings: its workspace, its subscriptions and whether it collects events. */
export interface EndpointRouting {
  id: string;
  workspaceId: string;
  events: string[];
  enabled: boolean;
}

/**
 * Declares an endpoint's durable queue and keeps its bindings to the topic exchange equal to its
 * subscriptions. Called by the management API before it answers, and by dispatchers when reconciling.
 */
@Injectable()
export class EndpointTopology {
  private readonly channel: ChannelWrapper;

  constructor(private readonly amqp: AmqpConnectionService) {
    this.channel = amqp.createChannel('endpoint-topology', async (ch: ConfirmChannel) => {
      await ch.assertExchange(amqp.names.eventsExchange, 'topic', { durable: true });
    });
  }

  bindingKeys(endpoint: EndpointRouting): string[] {
    if (!endpoint.enabled) return [];
    return [...new Set(endpoint.events.map((p) => bindingKeyFor(endpoint.workspaceId, p)))];
  }

  async assertQueue(endpointId: string): Promise<string> {
    const queue = this.amqp.names.endpointQueue(endpointId);
    await this.channel.assertQueue(queue, { durable: true, arguments: this.amqp.queueArguments() });
    return queue;
  }

  /**
   * Brings bindings from `before` to `after` (either may be null for create/delete). Bindings are
   * idempotent, so re-applying the desired set is safe after a missed message.
   */
  async apply(before: EndpointRouting | null, after: EndpointRouting | null): Promise<void> {
    const exchange = this.amqp.names.eventsExchange;
    const id = (after ?? before)!.id;
    const queue = this.amqp.names.endpointQueue(id);
    if (!after) {
      await this.channel.deleteQueue(queue);
      return;
    }
    await this.assertQueue(id);
    const wanted = new Set(this.bindingKeys(after));
    for (const key of wanted) await this.channel.bindQueue(queue, exchange, key);
    if (before) {
      for (const key of this.bindingKeys(before)) {
        if (!wanted.has(key)) await this.channel.unbindQueue(queue, exchange, key);
      }
    }
  }

  /** Messages waiting in the endpoint's queue (not counting those being delivered or waiting to retry). */
  async backlog(endpointId: string): Promise<number | null> {
    try {
      const { messageCount } = await this.channel.checkQueue(this.amqp.names.endpointQueue(endpointId));
      return messageCount;
    } catch {
      return null;
    }
  }
}
