import { Injectable } from '@nestjs/common';
import { Channel, ConfirmChannel, MessageProperties, Options } from 'amqplib';
import { AmqpConnectionService } from './amqp-connection.service';

/** The attempt number a message carries (1 when absent: the first delivery). */
export const ATTEMPT_HEADER = 'x-attempt';
/**
 * Selects the delay queue in the headers exchange. Not "x-"-prefixed on purpose: a headers exchange
 * ignores x- headers when matching, which would route every retry to every tier.
 */
export const DELAY_TIER_HEADER = 'delay-tier';

/** Headers the broker adds on dead-lettering; dropped when a message is scheduled again. */
const DEATH_HEADER = /^x-(death|first-death-|last-death-)/;

/** The attempt number of a consumed message. */
export function attemptOf(properties: MessageProperties): number {
  const n = Number(properties.headers?.[ATTEMPT_HEADER] ?? 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

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
      await ch.bindQueue(queue, names.delayExchange, '', { 'x-match': 'all', [DELAY_TIER_HEADER]: String(tier) });
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
  ): Promise<void> {
    const headers: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(original.headers ?? {})) if (!DEATH_HEADER.test(k)) headers[k] = v;
    headers[ATTEMPT_HEADER] = plan.nextAttempt;
    headers[DELAY_TIER_HEADER] = String(plan.tierMs);
    const options: Options.Publish = {
      persistent: true,
      contentType: original.contentType ?? 'application/json',
      messageId: original.messageId,
      headers,
      expiration: String(Math.min(plan.delayMs, plan.tierMs)),
    };
    return new Promise((resolve, reject) => {
      ch.publish(this.exchange, endpointQueue, content, options, (err) => (err ? reject(err) : resolve()));
    });
  }
}
