import amqp, { ChannelModel } from 'amqplib';

const WAMID = /wamid\.[A-Za-z0-9_=+/-]+/;

/**
 * A queue of the bench's own bound with "#" to the events exchange: notes when each event (by wamid)
 * reached RabbitMQ's consumers, to split end-to-end latency into ingest (ack → broker) and delivery.
 */
export class EventTap {
  readonly arrivals = new Map<string, number>();
  private connection: ChannelModel | null = null;

  async start(amqpUrl: string, exchange = 'wawh.events'): Promise<this> {
    this.connection = await amqp.connect(amqpUrl);
    this.connection.on('error', () => undefined);
    const ch = await this.connection.createChannel();
    await ch.assertExchange(exchange, 'topic', { durable: true });
    const { queue } = await ch.assertQueue('', { exclusive: true });
    await ch.bindQueue(queue, exchange, '#');
    await ch.consume(
      queue,
      (msg) => {
        if (!msg) return;
        const key = WAMID.exec(msg.content.toString('latin1'))?.[0];
        if (key && !this.arrivals.has(key)) this.arrivals.set(key, performance.now());
      },
      { noAck: true },
    );
    return this;
  }

  reset(): void {
    this.arrivals.clear();
  }

  async stop(): Promise<void> {
    await this.connection?.close().catch(() => undefined);
  }
}
