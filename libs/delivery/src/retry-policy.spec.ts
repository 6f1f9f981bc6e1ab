import { planRetry, retryTiers } from './retry-policy';
import { parseRetryAfter } from './secure-http-client';

describe('retry policy', () => {
  const schedule = [5_000, 30_000, 120_000];

  it('retries on the schedule, then stops after schedule length + 1 attempts', () => {
    expect(planRetry(1, schedule, 0)).toEqual({ nextAttempt: 2, tierMs: 5_000, delayMs: 5_000 });
    expect(planRetry(2, schedule, 0)).toEqual({ nextAttempt: 3, tierMs: 30_000, delayMs: 30_000 });
    expect(planRetry(3, schedule, 0)).toEqual({ nextAttempt: 4, tierMs: 120_000, delayMs: 120_000 });
    expect(planRetry(4, schedule, 0)).toBeNull();
    expect(planRetry(0, schedule, 0)).toBeNull();
  });

  it('jitters below the tier, never above it', () => {
    expect(planRetry(2, schedule, 0.2, null, () => 1)).toEqual({ nextAttempt: 3, tierMs: 30_000, delayMs: 24_000 });
    for (let i = 0; i < 100; i++) {
      const plan = planRetry(1, schedule, 0.2)!;
      expect(plan.delayMs).toBeGreaterThanOrEqual(4_000);
      expect(plan.delayMs).toBeLessThanOrEqual(plan.tierMs);
    }
  });

  it('honours Retry-After with the smallest tier at least as long, capped by the last tier', () => {
    expect(planRetry(1, schedule, 0.2, 10_000, () => 1)).toEqual({ nextAttempt: 2, tierMs: 30_000, delayMs: 30_000 });
    expect(planRetry(1, schedule, 0, 3_600_000)).toEqual({ nextAttempt: 2, tierMs: 120_000, delayMs: 120_000 });
    // A shorter Retry-After never makes the retry sooner than the schedule.
    expect(planRetry(2, schedule, 0, 1_000)).toEqual({ nextAttempt: 3, tierMs: 30_000, delayMs: 30_000 });
  });

  it('has one tier per distinct delay', () => {
    expect(retryTiers([300, 600, 600, 100])).toEqual([100, 300, 600]);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-05-12T16:10:17Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 12 May 2026 16:11:17 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Tue, 12 May 2026 16:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
