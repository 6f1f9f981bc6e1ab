import { Logger } from '@nestjs/common';

/**
 * A background job run every interval, never two runs at once; stop() waits for the run in progress,
 * and long runs check `stopping` between batches so a shutdown is not held up.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
  ) {}

  get stopping(): boolean {
    return this.stopped;
  }

  /** Runs `run` every `intervalMs` (skipped while a run is in progress); the timer keeps no process alive. */
  every(intervalMs: number, run: () => Promise<unknown>): void {
    this.timer = setInterval(() => this.runNow(run, this.what), intervalMs);
    this.timer.unref();
  }

  /** Runs `run` at once unless a run is in progress or the task is stopping; failures are logged as `what` failed. */
  runNow(run: () => Promise<unknown>, what = this.what): void {
    if (this.running || this.stopped) return;
    this.running = run()
      .catch((err) => this.logger.error(`${what} failed: ${(err as Error).message}`))
      .finally(() => (this.running = null));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
