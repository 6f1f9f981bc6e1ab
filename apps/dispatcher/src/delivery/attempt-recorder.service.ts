import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AttemptRecord, DeliveryRepository } from '@app/persistence';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';

const MAX_BATCH = 500;
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 2_000;
/** After SIGTERM, how long an unwritable batch is retried before its messages go back to the queue. */
const SHUTDOWN_GIVE_UP_MS = 10_000;

interface Pending {
  record: AttemptRecord;
  done: (err?: Error) => void;
}

/**
 * Writes attempt records in batches (group commit): a write starts as soon as the previous one
 * finished, carrying everything that arrived meanwhile. Light load → one-row batches with no added
 * wait; heavy load → large batches, so recording never caps throughput. `record()` resolves once the
 * attempt is durable, so callers ack the broker message only after its outcome is stored.
 *
 * When PostgreSQL is unreachable the batch is retried until it is written: the messages stay unacked,
 * prefetch stops new ones, and nothing is sent to the customer again meanwhile (requeueing at once
 * would re-deliver the same events in a tight loop for as long as the database is down).
 */
@Injectable()
export class AttemptRecorder implements OnApplicationShutdown {
  private readonly logger = new Logger('AttemptRecorder');
  private buffer: Pending[] = [];
  private running: Promise<void> | null = null;
  private stoppingSince: number | null = null;

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly metrics: DispatcherMetrics,
  ) {}

  record(record: AttemptRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.buffer.push({ record, done: (err) => (err ? reject(err) : resolve()) });
      if (!this.running) this.running = this.drainLoop();
    });
  }

  /** Resolves when everything recorded so far is written (or failed). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drainLoop(): Promise<void> {
    await new Promise((r) => setImmediate(r)); // gather what this tick produces
    try {
      while (this.buffer.length > 0) {
        const batch = this.buffer.splice(0, MAX_BATCH);
        this.metrics.recorderBatch.observe(batch.length);
        const err = await this.writeWithRetry(batch);
        for (const p of batch) p.done(err ?? undefined);
      }
    } finally {
      this.running = null;
    }
  }

  /** Retries one batch with backoff; gives up (returning the error) only during shutdown. */
  private async writeWithRetry(batch: Pending[]): Promise<Error | null> {
    let delay = RETRY_MIN_MS;
    for (;;) {
      try {
        await this.deliveries.recordAttempts(batch.map((p) => p.record));
        return null;
      } catch (err) {
        this.logger.error(`could not record ${batch.length} attempts, retrying in ${delay} ms: ${(err as Error).message}`);
        if (this.stoppingSince !== null && Date.now() - this.stoppingSince > SHUTDOWN_GIVE_UP_MS) return err as Error;
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, RETRY_MAX_MS);
      }
    }
  }

  /** From now on an unwritable batch is given up after SHUTDOWN_GIVE_UP_MS, so shutdown stays bounded. */
  beginShutdown(): void {
    this.stoppingSince ??= Date.now();
  }

  async onApplicationShutdown(): Promise<void> {
    this.beginShutdown();
    await this.drain();
  }
}
