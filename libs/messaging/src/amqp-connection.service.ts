import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import amqp, { AmqpConnectionManager, ChannelWrapper, SetupFunc } from 'amqp-connection-manager';
import { batchSocketWrites } from './amqp-write-batching';
import { AmqpNames } from './amqp-names';

/** Where a connection goes, without its credentials (for logs). */
export function brokerAddress(url: unknown): string {
  try {
    const u = new URL(String(url));
    return `${u.hostname}:${u.port || (u.protocol === 'amqps:' ? 5671 : 5672)}`;
  } catch {
    return 'an unparsable AMQP_URL';
  }
}

/**
 * The broker's nodes in the order this process tries them: AMQP_URL's list rotated to start at `offset`.
 * Each process starts at a random node, so the replicas of a deployment spread over the cluster (and the
 * quorum queues they declare get their leaders on different nodes) instead of all landing on the first.
 */
export function nodesStartingAt(urls: readonly string[], offset: number): string[] {
  if (urls.length === 0) return [];
  const start = ((Math.trunc(offset) % urls.length) + urls.length) % urls.length;
  return [...urls.slice(start), ...urls.slice(0, start)];
}

/**
 * One reconnecting connection per process; channels are re-set-up automatically after a reconnect.
 * With several nodes in AMQP_URL the connection goes to a randomly chosen one and, when it is lost, to the
 * next one (round robin), so a cluster that loses the node the app is on costs a reconnect of about a
 * second: confirm channels re-declare their topology and the dispatcher re-consumes its queues on the new node.
 */
@Injectable()
export class AmqpConnectionService implements OnApplicationShutdown {
  private readonly logger = new Logger('Amqp');
  readonly names: AmqpNames;
  readonly connection: AmqpConnectionManager;
  private readonly channels: ChannelWrapper[] = [];

  constructor(private readonly config: AppConfig) {
    this.names = new AmqpNames(config.amqpNamespace);
    const urls = config.amqpUrls;
    this.connection = amqp.connect(nodesStartingAt(urls, Math.floor(Math.random() * urls.length)), {
      heartbeatIntervalInSeconds: 10,
      reconnectTimeInSeconds: 1,
    });
    this.connection.on('connect', ({ connection, url }) => {
      this.logger.log(`connected to RabbitMQ at ${brokerAddress(url)}`);
      if (!batchSocketWrites(connection)) this.logger.warn('amqplib internals not as expected: frames are written one system call each');
    });
    this.connection.on('connectFailed', ({ url, err }) => this.logger.debug(`RabbitMQ at ${brokerAddress(url)} refused: ${err.message}`));
    this.connection.on('disconnect', ({ err }) => this.logger.warn(`RabbitMQ disconnected: ${err?.message ?? 'closed'}`));
  }

  get isConnected(): boolean {
    return this.connection.isConnected();
  }

  createChannel(name: string, setup: SetupFunc, options: { confirm?: boolean; publishTimeout?: number } = {}): ChannelWrapper {
    const channel = this.connection.createChannel({ name, setup, json: false, confirm: options.confirm ?? true, publishTimeout: options.publishTimeout });
    channel.on('error', (err: Error) => this.logger.error(`channel ${name}: ${err.message}`));
    this.channels.push(channel);
    return channel;
  }

  /** Queue arguments for every durable queue (classic here; quorum for a clustered broker). */
  queueArguments(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { 'x-queue-type': this.config.queueType, ...extra };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.channels.map((c) => c.close()));
    await this.connection.close();
  }
}
