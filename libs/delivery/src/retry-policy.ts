/** When and how a failed attempt is tried again. */
export interface RetryPlan {
  /** The attempt number the retry will carry. */
  nextAttempt: number;
  /** The delay tier (a RETRY_SCHEDULE value): the delay queue the retry waits in. */
  tierMs: number;
  /** Per-message expiration, jittered below the tier TTL: the actual wait. */
  delayMs: number;
}

/** The distinct delays of a schedule, ascending: one delay queue each. */
export function retryTiers(scheduleMs: readonly number[]): number[] {
  return [...new Set(scheduleMs)].sort((a, b) => a - b);
}

/**
 * The retry after failed attempt `attempt` (1-based), or null when it was the last one
 * (attempts = schedule length + 1).
 *
 * - The delay is schedule[attempt - 1], shortened by up to `jitter` (a fraction) at random, so
 *   retries of a burst spread out instead of hitting the endpoint together again.
 * - A Retry-After is honoured within bounds: the smallest tier at least as long as it, capped by
 *   the last tier; it never makes a retry sooner than the schedule. A wait picked for Retry-After
 *   is not shortened by jitter.
 */
export function planRetry(
  attempt: number,
  scheduleMs: readonly number[],
  jitter: number,
  retryAfterMs: number | null = null,
  random: () => number = Math.random,
): RetryPlan | null {
  if (!Number.isInteger(attempt) || attempt < 1 || attempt > scheduleMs.length) return null;
  const scheduled = scheduleMs[attempt - 1];
  let tierMs = scheduled;
  let delayMs = Math.max(1, Math.round(scheduled * (1 - jitter * random())));
  if (retryAfterMs !== null && retryAfterMs > scheduled) {
    const tiers = retryTiers(scheduleMs);
    tierMs = tiers.find((t) => t >= retryAfterMs) ?? tiers[tiers.length - 1];
    delayMs = tierMs;
  }
  return { nextAttempt: attempt + 1, tierMs, delayMs };
}
