import { Logger } from '@nestjs/common';
import { AmqpConnectionService } from '@app/messaging';
import { ChannelWrapper } from 'amqp-connection-manager';
import { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { AckCoalescer } from './ack-coalescer';

/**
 * The one confirm channel every endpoint queue is consumed on, across reconnects. Consumers are driven
 * on the raw channel (not amqp-connection-manager's auto re-consume), so a queue deleted with its
 * endpoint cancels only that consumer and never closes the channel; after a reconnect `onReady` runs
 * with the fresh channel so the owner re-consumes. Acks go only to the channel a message came from.
 */
export class ConsumerChannel {
  private readonly logger = new Logger('ConsumerChannel');
  private readonly wrapper: ChannelWrapper;
  private channel: ConfirmChannel | null = null;
  private acks: AckCoalescer | null = null;
  private stopping = false;

  constructor(
    private readonly amqp: AmqpConnectionService,
    options: {
      prefetch: number;
      /** Declarations every fresh channel needs before consuming (e.g. the retry topology). */
      declare: (ch: ConfirmChannel) => Promise<void>;
      /** A fresh channel is ready (first connect or reconnect); consumers of the old one are gone. */
      onReady: (ch: ConfirmChannel) => void;
      /** The channel closed: every consumer tag of it is void. */
      onLost: () => void;
    },
  ) {
    this.wrapper = amqp.createChannel('endpoint-consumers', async (ch: ConfirmChannel) => {
      this.lose();
      options.onLost();
      ch.on('close', () => this.onClosed(ch, options.onLost));
      await ch.prefetch(options.prefetch, false);
      await options.declare(ch);
      this.acks = new AckCoalescer(ch, (err) => this.logger.warn(`could not settle a message: ${err.message}`));
      this.channel = ch;
      options.onReady(ch);
    });
  }

  /** The open channel, or null between a loss and the next setup. */
  get current(): ConfirmChannel | null {
    return this.channel;
  }

  waitForConnect(): Promise<void> {
    return this.wrapper.waitForConnect();
  }

  /** Every message consumed on `ch`, as it arrives (so its acks can be coalesced; see AckCoalescer). */
  received(ch: ConfirmChannel, msg: ConsumeMessage): void {
    if (this.channel === ch) this.acks?.received(msg);
  }

  /** Acks (or requeues) on the channel the message came from; after a reconnect the broker already requeued it. */
  settle(ch: ConfirmChannel, msg: ConsumeMessage, ack: boolean): void {
    if (this.channel !== ch || !this.acks) return;
    if (ack) this.acks.ack(msg);
    else this.acks.requeue(msg);
  }

  /** Sends the acks still waiting for the end of this tick (at shutdown, before the connection closes). */
  flushAcks(): void {
    this.acks?.flush();
  }

  private lose(): void {
    this.channel = null;
    this.acks?.close();
    this.acks = null;
  }

  /** From now on a closed channel is not reopened. */
  beginShutdown(): void {
    this.stopping = true;
  }

  private onClosed(ch: ConfirmChannel, onLost: () => void): void {
    if (this.channel !== ch) return;
    this.lose();
    onLost();
    if (this.stopping) return;
    // A channel error with the connection still up: amqp-connection-manager reopens channels only on
    // reconnect, so force one (every unacked message returns to its queue).
    setTimeout(() => {
      if (!this.stopping && this.channel === null && this.amqp.isConnected) {
        this.logger.warn('consumer channel closed while connected; reconnecting');
        this.amqp.connection.reconnect();
      }
    }, 1000).unref();
  }
}
