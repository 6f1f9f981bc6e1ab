import amqp, { Channel, ChannelModel } from 'amqplib';

export interface TappedMessage {
  routingKey: string;
  messageId: string | undefined;
  json: Record<string, any>;
}

/**
 * A queue of the test's own bound to the events topic exchange with "#": sees every event the ingest
 * publishes, without a dispatcher. Counting here proves how many times an event was published.
 */
export class AmqpTap {
  readonly messages: TappedMessage[] = [];
  private connection: ChannelModel | null = null;
  private channel: Channel | null = null;

  constructor(
    readonly amqpUrl: string,
    readonly exchange = 'wawh.events',
  ) {}

  async start(): Promise<this> {
    this.connection = await amqp.connect(this.amqpUrl);
    this.channel = await this.connection.createChannel();
    await this.channel.assertExchange(this.exchange, 'topic', { durable: true });
    const { queue } = await this.channel.assertQueue('', { exclusive: true });
    await this.channel.bindQueue(queue, this.exchange, '#');
    await this.channel.consume(
      queue,
      (msg) => {
        if (!msg) return;
        this.messages.push({ routingKey: msg.fields.routingKey, messageId: msg.properties.messageId, json: JSON.parse(msg.content.toString('utf8')) });
      },
      { noAck: true },
    );
    return this;
  }

  async waitFor(count: number, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      if (Date.now() > deadline) throw new Error(`tap got ${this.messages.length}/${count} messages in ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async stop(): Promise<void> {
    await this.channel?.close().catch(() => undefined);
    await this.connection?.close().catch(() => undefined);
  }
}
