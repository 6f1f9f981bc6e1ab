import { Injectable } from '@nestjs/common';
import { ChannelWrapper } from 'amqp-connection-manager';
import { AmqpConnectionService } from './amqp-connection.service';
import { jobPublishOptions } from './delivery-job.codec';

export type RequeueTrigger = 'manual' | 'recover' | 'sweep';

export interface RequeueMessage {
  endpointId: string;
  eventId: string;
  body: Buffer;
  /** Attempt number the next delivery is recorded under (continues the delivery's history). */
  attempt: number;
  /** Attempts made before this requeue: the retry schedule restarts after them. */
  scheduleBase: number;
  trigger: RequeueTrigger;
  /** A manual resend is one attempt; recovered deliveries get the full retry schedule again. */
  retry: boolean;
}

/** Puts an event straight into one endpoint's queue (resend, recover, sweep), with broker confirms. */
@Injectable()
export class EndpointRequeuePublisher {
  private readonly channel: ChannelWrapper;

  constructor(private readonly amqp: AmqpConnectionService) {
    this.channel = amqp.createChannel('endpoint-requeue', async () => undefined, { confirm: true, publishTimeout: 10_000 });
  }

  async requeue(message: RequeueMessage): Promise<void> {
    const { attempt, scheduleBase, trigger, retry } = message;
    await this.channel.sendToQueue(
      this.amqp.names.endpointQueue(message.endpointId),
      message.body,
      jobPublishOptions(message.eventId, { attempt, scheduleBase, trigger, retry }),
    );
  }

  /**
   * A delivery published again with a fresh retry schedule (recover, sweep): the position in the old one
   * is not recorded, so the schedule restarts after the attempts already made.
   */
  async restartRetries(endpointId: string, event: { id: string; envelope: unknown }, attemptsMade: number, trigger: 'recover' | 'sweep'): Promise<void> {
    await this.requeue({
      endpointId,
      eventId: event.id,
      body: Buffer.from(JSON.stringify(event.envelope)),
      attempt: attemptsMade + 1,
      scheduleBase: attemptsMade,
      trigger,
      retry: true,
    });
  }
}
