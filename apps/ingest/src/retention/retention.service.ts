import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RetentionRepository } from '@app/persistence';

const BATCH = 2000;
const PAUSE_BETWEEN_BATCHES_MS = 20;

/**
 * Deletes events, deliveries, attempts and unhandled changes older than RETENTION_DAYS, and expired
 * idempotency keys, every
 * RETENTION_INTERVAL, in small batches. One replica at a time (advisory lock).
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopping = false;

  constructor(
    private readonly config: AppConfig,
    private readonly retention: RetentionRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (!this.running) {
        this.running = this.runOnce()
          .catch((err) => this.logger.error(`retention run failed: ${(err as Error).message}`))
          .finally(() => (this.running = null));
      }
    }, this.config.retentionIntervalMs);
    this.timer.unref();
  }

  /** One pass over every table; returns rows deleted per table (null when another replica runs it). */
  async runOnce(now = new Date()): Promise<Record<string, number> | null> {
    const cutoff = new Date(now.getTime() - this.config.retentionDays * 86_400_000);
    return this.retention.withLock(async () => {
      const deleted: Record<string, number> = {};
      for (const table of this.retention.tables) {
        deleted[table] = 0;
        for (;;) {
          if (this.stopping) return deleted;
          const n = await this.retention.deleteBatch(table, cutoff, BATCH, now);
          deleted[table] += n;
          if (n < BATCH) break;
          await new Promise((r) => setTimeout(r, PAUSE_BETWEEN_BATCHES_MS));
        }
      }
      const total = Object.values(deleted).reduce((a, b) => a + b, 0);
      if (total > 0) this.logger.log({ msg: 'retention pass', cutoff: cutoff.toISOString(), deleted });
      return deleted;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
