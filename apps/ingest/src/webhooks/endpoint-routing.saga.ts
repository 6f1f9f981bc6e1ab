import { Injectable, Logger } from '@nestjs/common';
import { DomainException, ErrorCode } from '@app/common';
import { AmqpConnectionService, ControlChannel, EndpointRouting, EndpointTopology } from '@app/messaging';

const BROKER_STEP_TIMEOUT_MS = 5_000;
const CONTROL_PUBLISH_TIMEOUT_MS = 2_000;

/** Applies an endpoint's routing change to the broker, inside the transaction that stores it. */
export type RoutingStep = (before: EndpointRouting | null, after: EndpointRouting | null) => Promise<void>;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The broker half of every endpoint change. A routing change or delete is applied inside the database
 * transaction, before it commits (that transaction holds only the endpoint's own row); a create declares
 * the queue before its short insert (see `create`). Either way RabbitMQ down means 503 and nothing stored. If the commit then fails, the broker step is undone (best effort; the
 * dispatchers' reconcile heals the rest). Afterwards every dispatcher replica is told.
 */
@Injectable()
export class EndpointRoutingSaga {
  private readonly logger = new Logger('EndpointRoutingSaga');

  constructor(
    private readonly topology: EndpointTopology,
    private readonly control: ControlChannel,
    private readonly amqp: AmqpConnectionService,
  ) {}

  /** Runs `transaction`, handing it the broker step to call before its commit; compensates a failed commit. */
  async run<T>(transaction: (route: RoutingStep) => Promise<T>): Promise<T> {
    let applied: { before: EndpointRouting | null; after: EndpointRouting | null } | null = null;
    const route: RoutingStep = async (before, after) => {
      await this.brokerStep(() => this.topology.apply(before, after));
      applied = { before, after };
    };
    try {
      return await transaction(route);
    } catch (err) {
      const done = applied as { before: EndpointRouting | null; after: EndpointRouting | null } | null;
      if (done) await this.topology.apply(done.after, done.before).catch((e: Error) => this.logger.error(`could not undo broker step: ${e.message}`));
      throw err;
    }
  }

  /**
   * A create: the queue is declared and bound first, holding no database lock, then `store` inserts the
   * row in its own short transaction. RabbitMQ down → 503 and nothing stored; `store` refusing (null,
   * e.g. the cap) or failing → the queue is deleted again, so no endpoint is left half-created.
   */
  async create<T>(routing: EndpointRouting, store: (routing: EndpointRouting) => Promise<T | null>): Promise<T | null> {
    await this.brokerStep(() => this.topology.apply(null, routing));
    let stored: T | null;
    try {
      stored = await store(routing);
    } catch (err) {
      await this.undoCreate(routing);
      throw err;
    }
    if (stored === null) await this.undoCreate(routing);
    return stored;
  }

  private async undoCreate(routing: EndpointRouting): Promise<void> {
    await this.topology
      .apply(routing, null)
      .catch((e: Error) => this.logger.error(`could not delete the queue of uncreated endpoint ${routing.id}: ${e.message}`));
  }

  /** Whether a change moves the queue's bindings at all (a description edit does not touch the broker). */
  routingChanged(before: EndpointRouting, after: EndpointRouting): boolean {
    const a = this.topology.bindingKeys(before);
    const b = this.topology.bindingKeys(after);
    return a.length !== b.length || a.some((k) => !b.includes(k));
  }

  /** Tells dispatcher replicas at once; best effort, since they also reconcile on a period. */
  async notify(endpointId: string): Promise<void> {
    try {
      await withTimeout(this.control.endpointChanged(endpointId), CONTROL_PUBLISH_TIMEOUT_MS, 'control publish');
    } catch (err) {
      this.logger.warn(`control message for ${endpointId} not sent (dispatchers will reconcile): ${(err as Error).message}`);
    }
  }

  /** A broker step that must succeed for the change to commit; RabbitMQ down or slow → 503. */
  private async brokerStep(step: () => Promise<void>): Promise<void> {
    if (!this.amqp.isConnected) {
      throw new DomainException(ErrorCode.ServiceUnavailable, 'message broker is unavailable; nothing was changed, retry later');
    }
    try {
      await withTimeout(step(), BROKER_STEP_TIMEOUT_MS, 'broker step');
    } catch (err) {
      this.logger.error(`broker step failed: ${(err as Error).message}`);
      throw new DomainException(ErrorCode.ServiceUnavailable, 'message broker is unavailable; nothing was changed, retry later');
    }
  }
}
