import { Injectable } from '@nestjs/common';
import { Channel, ConfirmChannel, MessageProperties } from 'amqplib';
import { AmqpConnectionService } from './amqp-connection.service';
import { JOB_HEADERS, JobEnvelope, retryPublishOptions } from './delivery-job.codec';

/**
 * Retries wait in RabbitMQ, never in memory: one durable delay queue per tier with
 * `x-message-ttl` = tier and `x-dead-letter-exchange: ''`. A retry is published to the headers
 * exchange with routing key = the endpoint's queue and a tier header; the tier queue bound to that
 * header holds it until it expires (per-message `expiration` ≤ tier TTL carries the jitter), then the
 * default exchange routes it back by its original routing key, i.e. to the endpoint's queue.
 * A restart of every dispatcher loses no scheduled retry.
 */
@Injectable()
export class RetryTopology {
  constructor(private readonly amqp: AmqpConnectionService) {}

  get exchange(): string {
    return this.amqp.names.delayExchange;
  }

  /** Declares the delay exchange and one queue per tier (idempotent; run on every channel setup). */
  async declare(ch: Channel, tiersMs: readonly number[]): Promise<void> {
    const names = this.amqp.names;
    await ch.assertExchange(names.delayExchange, 'headers', { durable: true });
    for (const tier of tiersMs) {
      const queue = names.delayQueue(tier);
      await ch.assertQueue(queue, {
        durable: true,
        arguments: this.amqp.queueArguments({ 'x-message-ttl': tier, 'x-dead-letter-exchange': '' }),
      });
      await ch.bindQueue(queue, names.delayExchange, '', { 'x-match': 'all', [JOB_HEADERS.delayTier]: String(tier) });
    }
  }

  /**
   * Schedules `content` (the exact bytes consumed) for attempt `nextAttempt` on the endpoint's queue.
   * Resolves once the broker confirmed it, so the original may be acked after.
   */
  schedule(
    ch: ConfirmChannel,
    endpointQueue: string,
    content: Buffer,
    original: MessageProperties,
    plan: { nextAttempt: number; tierMs: number; delayMs: number },
    event: Pick<JobEnvelope, 'type' | 'workspace_id'>,
  ): Promise<void> {
    const options = retryPublishOptions(original, plan, event);
    return new Promise((resolve, reject) => {
      ch.publish(this.exchange, endpointQueue, content, options, (err) => (err ? reject(err) : resolve()));
    });
  }
}
