export interface GroupCommitOptions {
  /** Upper bound of the summed item weights (e.g. rows) in one flush. */
  maxBatchWeight: number;
  /** Flushes (transactions) running at the same time. */
  maxInFlight: number;
}

interface Pending<T, R> {
  item: T;
  weight: number;
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit: items submitted by concurrent callers are flushed together, one flush for everything
 * that arrived while the previous flushes were running. At low load a lone item is flushed at the next
 * turn of the event loop; under load the batches grow by themselves, up to `maxBatchWeight`.
 * Each caller's promise settles only when the flush holding its item has settled.
 */
export class GroupCommitQueue<T, R> {
  private pending: Pending<T, R>[] = [];
  private inFlight = 0;
  private scheduled = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly flush: (items: T[]) => Promise<R[]>,
    private readonly options: GroupCommitOptions,
    private readonly weigh: (item: T) => number = () => 1,
  ) {}

  get pendingCount(): number {
    return this.pending.length;
  }

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, weight: Math.max(1, this.weigh(item)), resolve, reject });
      this.schedule();
    });
  }

  /** Resolves once nothing is pending or being flushed. */
  drain(): Promise<void> {
    if (this.pending.length === 0 && this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight || this.pending.length === 0) return;
    this.scheduled = true;
    // setImmediate: everything submitted during this turn of the event loop joins the same flush.
    setImmediate(() => {
      this.scheduled = false;
      this.startFlush();
    });
  }

  private startFlush(): void {
    if (this.inFlight >= this.options.maxInFlight || this.pending.length === 0) return;
    let weight = 0;
    let count = 0;
    while (count < this.pending.length && (count === 0 || weight + this.pending[count].weight <= this.options.maxBatchWeight)) {
      weight += this.pending[count].weight;
      count++;
    }
    const batch = this.pending.splice(0, count);
    this.inFlight++;
    // More pending than one batch holds and a free slot: start the next flush right away.
    this.schedule();
    let run: Promise<R[]>;
    try {
      run = this.flush(batch.map((p) => p.item));
    } catch (err) {
      run = Promise.reject(err);
    }
    run
      .then(
        (results) => {
          if (results.length !== batch.length) throw new Error(`flush returned ${results.length} results for ${batch.length} items`);
          batch.forEach((p, i) => p.resolve(results[i]));
        },
        (err) => batch.forEach((p) => p.reject(err)),
      )
      .catch((err) => batch.forEach((p) => p.reject(err)))
      .finally(() => {
        this.inFlight--;
        this.schedule();
        if (this.pending.length === 0 && this.inFlight === 0) {
          const waiters = this.idleWaiters;
          this.idleWaiters = [];
          waiters.forEach((w) => w());
        }
      });
  }
}
