import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicTask } from '@app/common';
import { AppConfig } from '@app/config';
import { daysBefore, HistoryPartitionRepository, RetentionRepository } from '@app/persistence';

const BATCH = 2000;
const PAUSE_BETWEEN_BATCHES_MS = 20;
/** Day partitions of events, deliveries and attempts exist this many days ahead of today. */
export const PARTITION_DAYS_AHEAD = 7;

export interface RetentionResult {
  /** Rows deleted per table (DEFAULT partitions, unhandled changes, idempotency keys, dedupe ids, old portal sessions). */
  deleted: Record<string, number>;
  /** Day partitions dropped whole. */
  droppedPartitions: string[];
  /** Expired partitions kept this pass (unpublished events, or the drop could not get its lock in time). */
  keptPartitions: string[];
  createdPartitions: string[];
}

/**
 * Every RETENTION_INTERVAL, one replica at a time (advisory lock): creates the day partitions of events,
 * deliveries and attempts PARTITION_DAYS_AHEAD days ahead, drops those wholly older than RETENTION_DAYS,
 * and deletes in small batches what has no partitions (unhandled changes, expired idempotency keys and
 * dedupe ids, portal sessions that stopped working, rows the DEFAULT partitions caught). Partitions are also made ahead at boot.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private readonly task = new PeriodicTask(this.logger, 'retention run');

  constructor(
    private readonly config: AppConfig,
    private readonly retention: RetentionRepository,
    private readonly partitions: HistoryPartitionRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.task.runNow(
      () => this.retention.withLock(() => this.partitions.ensure(new Date(), PARTITION_DAYS_AHEAD, this.cutoff(new Date()))),
      'creating partitions',
    );
    this.task.every(this.config.retentionIntervalMs, () => this.runOnce());
  }

  private cutoff(now: Date): Date {
    return daysBefore(now, this.config.retentionDays);
  }

  /** One pass; null when another replica runs it. */
  async runOnce(now = new Date()): Promise<RetentionResult | null> {
    const cutoff = this.cutoff(now);
    return this.retention.withLock(async () => {
      const createdPartitions = await this.partitions.ensure(now, PARTITION_DAYS_AHEAD, cutoff);
      const { dropped, kept } = await this.partitions.dropExpired(cutoff, now);
      const deleted: Record<string, number> = {};
      const result = {
        deleted,
        createdPartitions,
        droppedPartitions: dropped.map((d) => d.partition),
        keptPartitions: kept.map((d) => d.partition),
      };
      for (const table of this.retention.tables) {
        deleted[table] = 0;
        for (;;) {
          if (this.task.stopping) return result;
          const n = await this.retention.deleteBatch(table, cutoff, BATCH, now);
          deleted[table] += n;
          if (n < BATCH) break;
          await new Promise((r) => setTimeout(r, PAUSE_BETWEEN_BATCHES_MS));
        }
      }
      const total = Object.values(deleted).reduce((a, b) => a + b, 0);
      if (total > 0 || dropped.length > 0 || createdPartitions.length > 0) {
        this.logger.log({ msg: 'retention pass', cutoff: cutoff.toISOString(), ...result });
      }
      if (kept.length > 0) this.logger.warn({ msg: 'expired partitions kept for now', partitions: result.keptPartitions });
      return result;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }
}
