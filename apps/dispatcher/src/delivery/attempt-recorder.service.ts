import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AttemptRecord, DeliveryRepository } from '@app/persistence';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';

const MAX_BATCH = 500;

interface Pending {
  record: AttemptRecord;
  done: (err?: Error) => void;
}

/**
 * Writes attempt records in batches (group commit): a write starts as soon as the previous one
 * finished, carrying everything that arrived meanwhile. Light load → one-row batches with no added
 * wait; heavy load → large batches, so recording never caps throughput. `record()` resolves once the
 * attempt is durable, so callers ack the broker message only after its outcome is stored.
 */
@Injectable()
export class AttemptRecorder implements OnApplicationShutdown {
  private readonly logger = new Logger('AttemptRecorder');
  private buffer: Pending[] = [];
  private running: Promise<void> | null = null;

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
        try {
          await this.deliveries.recordAttempts(batch.map((p) => p.record));
          for (const p of batch) p.done();
        } catch (err) {
          this.logger.error(`could not record ${batch.length} attempts: ${(err as Error).message}`);
          for (const p of batch) p.done(err as Error);
        }
      }
    } finally {
      this.running = null;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.drain();
  }
}
