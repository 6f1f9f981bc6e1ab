import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { AttemptRecord, DeliveryRepository } from '@app/persistence';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';

const MAX_BATCH = 500;
/**
 * A batch smaller than this waits up to RECORD_LINGER_MS for company. At 1,000 deliveries/s a write
 * started for every handful of attempts cost the dispatcher ~15 % of its CPU (the statement's socket
 * write and its parse) and PostgreSQL a commit each; the wait delays only the broker ack, never a delivery.
 */
export const MIN_BATCH = 32;
export const RECORD_LINGER_MS = 20;
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 2_000;
/** After SIGTERM, how long an unwritable batch is retried before its messages go back to the queue. */
const SHUTDOWN_GIVE_UP_MS = 10_000;

interface Pending {
  record: AttemptRecord;
  done: (err?: Error) => void;
  /** performance.now() when it was buffered. */
  at: number;
}

/**
 * Writes attempt records in batches (group commit): a write starts once the previous one finished and
 * either MIN_BATCH records are waiting or the oldest has waited RECORD_LINGER_MS, carrying everything
 * that arrived meanwhile. Light load → small batches at most RECORD_LINGER_MS late; heavy load → large
 * batches back to back, so recording never caps throughput. A write also starts at once when one endpoint
 * has DELIVERY_CONCURRENCY_PER_ENDPOINT records waiting: half its prefetch window would otherwise sit
 * unacked, and with a small window (concurrency 1 for ordered delivery) the linger would throttle the
 * endpoint. `record()` resolves once the attempt is durable, so callers ack the broker message only after
 * its outcome is stored.
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
  /** One endpoint has a window's worth of records waiting: write without lingering. */
  private full = false;
  /** Ends the linger early (a full batch arrived, or shutdown began). */
  private wake: (() => void) | null = null;

  /** Records waiting per endpoint (buffer only). */
  private readonly waiting = new Map<string, number>();
  private readonly endpointWindow: number;

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly metrics: DispatcherMetrics,
    config: AppConfig,
  ) {
    this.endpointWindow = config.deliveryConcurrencyPerEndpoint;
  }

  record(record: AttemptRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.buffer.push({ record, done: (err) => (err ? reject(err) : resolve()), at: performance.now() });
      this.countWaiting(record.endpointId);
      if (!this.running) this.running = this.drainLoop();
      else if (this.full || this.buffer.length >= MIN_BATCH) this.wake?.();
    });
  }

  /** Resolves when everything recorded so far is written (or failed). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drainLoop(): Promise<void> {
    try {
      while (this.buffer.length > 0) {
        await this.gather();
        const batch = this.buffer.splice(0, MAX_BATCH);
        this.recount();
        this.metrics.recorderBatch.observe(batch.length);
        const err = await this.writeWithRetry(batch);
        for (const p of batch) p.done(err ?? undefined);
      }
    } finally {
      this.running = null;
    }
  }

  /** Waits for what this tick produces, then until MIN_BATCH are buffered or the oldest has lingered long enough. */
  private async gather(): Promise<void> {
    await new Promise((r) => setImmediate(r));
    const left = RECORD_LINGER_MS - (performance.now() - this.buffer[0].at);
    if (this.full || this.buffer.length >= MIN_BATCH || this.stoppingSince !== null || left <= 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.wake?.(), left);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }

  /** One more record of this endpoint buffered; `full` once it has a window's worth waiting. */
  private countWaiting(endpointId: string): void {
    const n = (this.waiting.get(endpointId) ?? 0) + 1;
    this.waiting.set(endpointId, n);
    if (n >= this.endpointWindow) this.full = true;
  }

  /** The per-endpoint counts of what is still buffered after a batch was taken (usually nothing). */
  private recount(): void {
    this.waiting.clear();
    this.full = false;
    for (const { record } of this.buffer) this.countWaiting(record.endpointId);
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
    this.wake?.();
  }

  async onApplicationShutdown(): Promise<void> {
    this.beginShutdown();
    await this.drain();
  }
}
