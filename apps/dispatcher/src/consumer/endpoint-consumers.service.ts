import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { AmqpConnectionService, EndpointTopology } from '@app/messaging';
import { WebhookEndpointEntity, WebhookEndpointRepository } from '@app/persistence';
import { ChannelWrapper } from 'amqp-connection-manager';
import { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { WebhookDeliveryService } from '../delivery/webhook-delivery.service';

/**
 * Consumes every endpoint's queue. Each consumer has its own prefetch, so one slow endpoint only
 * fills its own window. The set of consumers is reconciled from the database on a period.
 */
@Injectable()
export class EndpointConsumers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EndpointConsumers');
  private readonly channel: ChannelWrapper;
  private readonly consumers = new Map<string, { tag: string; endpoint: WebhookEndpointEntity }>();
  private reconcileTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly amqp: AmqpConnectionService,
    private readonly topology: EndpointTopology,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly delivery: WebhookDeliveryService,
  ) {
    this.channel = amqp.createChannel('endpoint-consumers', async (ch: ConfirmChannel) => {
      await ch.prefetch(config.deliveryConcurrencyPerEndpoint, false);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.channel.waitForConnect();
    await this.reconcile();
    this.reconcileTimer = setInterval(() => {
      this.reconcile().catch((err) => this.logger.error(`reconcile failed: ${(err as Error).message}`));
    }, this.config.reconcileIntervalMs);
  }

  async reconcile(): Promise<void> {
    const all = await this.endpoints.findAll();
    const seen = new Set<string>();
    for (const endpoint of all) {
      seen.add(endpoint.id);
      const current = this.consumers.get(endpoint.id);
      if (current) {
        current.endpoint = endpoint;
        continue;
      }
      await this.topology.apply(null, endpoint);
      const queue = this.amqp.names.endpointQueue(endpoint.id);
      const { consumerTag } = await this.channel.consume(queue, (msg) => void this.handle(endpoint.id, msg), {
        prefetch: this.config.deliveryConcurrencyPerEndpoint,
      });
      this.consumers.set(endpoint.id, { tag: consumerTag, endpoint });
    }
    for (const [id, consumer] of this.consumers) {
      if (!seen.has(id)) {
        await this.channel.cancel(consumer.tag).catch(() => undefined);
        this.consumers.delete(id);
      }
    }
  }

  private async handle(endpointId: string, msg: ConsumeMessage): Promise<void> {
    const consumer = this.consumers.get(endpointId);
    try {
      if (!consumer) {
        this.channel.nack(msg, false, true);
        return;
      }
      const envelope = JSON.parse(msg.content.toString('utf8')) as { id: string; type: string; workspace_id: string };
      await this.delivery.deliver(consumer.endpoint, {
        eventId: envelope.id,
        eventType: envelope.type,
        workspaceId: envelope.workspace_id,
        body: msg.content,
        attempt: Number(msg.properties.headers?.['x-attempt'] ?? 1),
      });
      this.channel.ack(msg);
    } catch (err) {
      this.logger.error(`delivery to ${endpointId} failed to complete: ${(err as Error).message}`);
      this.channel.nack(msg, false, true);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.reconcileTimer) clearInterval(this.reconcileTimer);
  }
}
