import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AttemptRecord, DeliveryRepository } from '@app/persistence';

const FLUSH_EVERY_MS = 25;
const MAX_BATCH = 500;

interface Pending {
  record: AttemptRecord;
  done: (err?: Error) => void;
}

/**
 * Buffers attempt records and writes them in batches. `record()` resolves once the attempt is durable,
 * so callers ack the broker message only after its outcome is stored.
 */
@Injectable()
export class AttemptRecorder implements OnApplicationShutdown {
  private readonly logger = new Logger('AttemptRecorder');
  private buffer: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly deliveries: DeliveryRepository) {}

  record(record: AttemptRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.buffer.push({ record, done: (err) => (err ? reject(err) : resolve()) });
      if (this.buffer.length >= MAX_BATCH) this.flushSoon(0);
      else this.flushSoon(FLUSH_EVERY_MS);
    });
  }

  private flushSoon(delay: number): void {
    if (this.timer && delay > 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flushing = this.flushing.then(() => this.flush());
    }, delay);
  }

  private async flush(): Promise<void> {
    while (this.buffer.length > 0) {
      const batch = this.buffer.splice(0, MAX_BATCH);
      try {
        await this.deliveries.recordAttempts(batch.map((p) => p.record));
        for (const p of batch) p.done();
      } catch (err) {
        this.logger.error(`could not record ${batch.length} attempts: ${(err as Error).message}`);
        for (const p of batch) p.done(err as Error);
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.flushing = this.flushing.then(() => this.flush());
    await this.flushing;
  }
}
