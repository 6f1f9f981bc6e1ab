export interface TokenBucketOptions {
  /** Tokens added per second. */
  ratePerSecond: number;
  /** Bucket size: how many requests may come at once. */
  burst: number;
  /** Keys tracked at most; the least recently used one is forgotten beyond that (bounded memory). */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Token buckets keyed by a string (API key, client address, endpoint), in memory of this process.
 * A forgotten key starts again with a full bucket, which is also the state an idle key reaches, so
 * eviction only loosens the limit for keys that were busy and then crowded out by MAX keys.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxKeys: number;

  constructor(
    private readonly options: TokenBucketOptions,
    private readonly now: () => number = Date.now,
  ) {
    if (!(options.ratePerSecond > 0) || !(options.burst >= 1)) throw new Error('token bucket needs a positive rate and a burst of at least 1');
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  /** Takes one token for `key` when there is one; otherwise says in how many whole seconds there will be. */
  take(key: string): TakeResult {
    const bucket = this.refill(key);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: this.secondsUntilToken(bucket) };
  }

  /** Like take, without taking: null when a token is there, else the seconds until one is. */
  blockedFor(key: string): number | null {
    const bucket = this.buckets.get(key);
    if (!bucket) return null;
    const current = this.refill(key);
    return current.tokens >= 1 ? null : this.secondsUntilToken(current);
  }

  get size(): number {
    return this.buckets.size;
  }

  private secondsUntilToken(bucket: Bucket): number {
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.ratePerSecond));
  }

  /** The bucket of `key` brought up to now, moved to the most recently used end of the map. */
  private refill(key: string): Bucket {
    const now = this.now();
    const known = this.buckets.get(key);
    const bucket = known
      ? { tokens: Math.min(this.options.burst, known.tokens + ((now - known.at) / 1000) * this.options.ratePerSecond), at: now }
      : { tokens: this.options.burst, at: now };
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    return bucket;
  }
}
