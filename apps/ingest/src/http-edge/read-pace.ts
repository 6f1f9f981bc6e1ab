/**
 * One shared allowance of bytes per second (a leaky bucket with a short burst): how long a reader
 * should pause after taking `bytes`. Used for large bodies read before they are authenticated, so
 * however many arrive, they cannot take more than a fixed share of the process.
 */
export class ReadPace {
  private availableAt = 0;

  constructor(
    private readonly bytesPerSecond: number,
    private readonly burstMs = 100,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds to wait before reading on (0 while within the allowance). */
  take(bytes: number): number {
    const now = this.now();
    this.availableAt = Math.max(this.availableAt, now - this.burstMs) + (bytes / this.bytesPerSecond) * 1000;
    return Math.max(0, Math.ceil(this.availableAt - now));
  }
}
