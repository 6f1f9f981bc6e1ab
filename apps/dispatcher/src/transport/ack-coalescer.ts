import type { Channel, Message } from 'amqplib';

/**
 * Acks of one channel, coalesced per tick: the acks settled in the same tick that close the run of
 * settled messages at the head of the channel's deliveries go out as one `ack(msg, allUpTo = true)`
 * frame; the rest (beyond a message still in progress) go out one by one, as before. One frame and
 * one socket write instead of one per message, for the dispatcher and the broker. A message is acked
 * only once settled, so at-least-once is unchanged; requeues go out at once, before any multiple ack
 * can cover their tag.
 */
export class AckCoalescer {
  /** Delivery tags in arrival order (increasing), from `head` on; settled ones leave from the front. */
  private order: number[] = [];
  private head = 0;
  /** Tags settled here, still in `order`. */
  private readonly settled = new Set<number>();
  /** Acks settled this tick, not sent yet. */
  private readonly pending = new Map<number, Message>();
  private scheduled = false;
  private closed = false;

  constructor(
    private readonly ch: Channel,
    private readonly onError: (err: Error) => void,
  ) {}

  /** Every message the channel delivers, as it arrives (before it can be settled). */
  received(msg: Message): void {
    this.order.push(msg.fields.deliveryTag);
  }

  ack(msg: Message): void {
    const tag = msg.fields.deliveryTag;
    this.settled.add(tag);
    this.pending.set(tag, msg);
    if (!this.scheduled) {
      this.scheduled = true;
      // After the promise continuations of this tick: a recorded batch settles all its messages in one.
      process.nextTick(() => this.flush());
    }
  }

  /** Requeue now: it must reach the broker before a multiple ack could cover its tag. */
  requeue(msg: Message): void {
    if (this.closed) return;
    this.settled.add(msg.fields.deliveryTag);
    this.send(() => this.ch.nack(msg, false, true));
  }

  /** The channel is gone (the broker requeues its unacked messages): nothing more is sent on it. */
  close(): void {
    this.closed = true;
    this.pending.clear();
  }

  /** Sends what is settled now; also called at shutdown, as the connection may close before the next tick. */
  flush(): void {
    this.scheduled = false;
    if (this.closed) return;
    let last: Message | null = null;
    while (this.head < this.order.length && this.settled.has(this.order[this.head])) {
      const tag = this.order[this.head++];
      this.settled.delete(tag);
      const msg = this.pending.get(tag);
      if (msg) {
        last = msg;
        this.pending.delete(tag);
      }
    }
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
    // Every tag up to `last` is settled here: those acked before are no longer outstanding at the broker.
    if (last) {
      const upTo = last;
      this.send(() => this.ch.ack(upTo, true));
    }
    for (const msg of this.pending.values()) this.send(() => this.ch.ack(msg));
    this.pending.clear();
  }

  private send(frame: () => void): void {
    try {
      frame();
    } catch (err) {
      this.onError(err as Error);
    }
  }
}
