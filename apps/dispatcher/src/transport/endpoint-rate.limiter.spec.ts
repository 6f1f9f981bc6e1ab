import { ShuttingDownError } from './endpoint-concurrency.limiter';
import { EndpointRateLimiter, RateBudget } from './endpoint-rate.limiter';

/** An in-memory budget with the repository's rules: `limit` a window; a window lasts `windowMs`. */
function budget(windowMs = 40) {
  const used = new Map<string, { window: number; used: number }>();
  const draws: { id: string; wanted: number }[] = [];
  const pauses: { id: string; ms: number }[] = [];
  const b: RateBudget = {
    draw: async (id, wanted, limit) => {
      draws.push({ id, wanted });
      const window = Math.floor(Date.now() / windowMs);
      const cur = used.get(id)?.window === window ? used.get(id)!.used : 0;
      const granted = Math.max(0, Math.min(wanted, limit - cur));
      used.set(id, { window, used: cur + granted });
      return { granted, waitMs: (window + 1) * windowMs - Date.now() };
    },
    pause: async (id, ms) => void pauses.push({ id, ms }),
  };
  return { b, draws, pauses };
}

describe('EndpointRateLimiter', () => {
  it('an unlimited endpoint passes at once and never touches the budget', async () => {
    const { b, draws } = budget();
    const limiter = new EndpointRateLimiter(b);
    await Promise.all(Array.from({ length: 100 }, () => limiter.acquire('free', null)));
    expect(draws).toHaveLength(0);
  });

  it('a limited endpoint gets `limit` per window; its waiters draw together', async () => {
    const { b, draws } = budget(40);
    const limiter = new EndpointRateLimiter(b);
    const started: number[] = [];
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 12 }, () => limiter.acquire('slow', 4).then(() => started.push(Date.now() - t0))));
    expect(started).toHaveLength(12);
    // 12 at 4 a window: at least two full windows waited.
    expect(Math.max(...started)).toBeGreaterThanOrEqual(40);
    expect(draws[0]).toEqual({ id: 'slow', wanted: 12 });
    expect(draws.length).toBeLessThanOrEqual(6);
  });

  it('one limited endpoint waiting does not hold another', async () => {
    const { b } = budget(1_000);
    const limiter = new EndpointRateLimiter(b);
    await limiter.acquire('slow', 1);
    const held = limiter.acquire('slow', 1);
    const t0 = Date.now();
    await limiter.acquire('other', 1);
    await limiter.acquire('free', null);
    expect(Date.now() - t0).toBeLessThan(200);
    expect(limiter.waiting('slow')).toBe(1);
    limiter.close();
    await expect(held).rejects.toBeInstanceOf(ShuttingDownError);
  });

  it('429 + Retry-After pauses that endpoint only; a limited one shares the pause through the budget', async () => {
    const { b, pauses } = budget();
    const limiter = new EndpointRateLimiter(b);
    await limiter.pause('busy', 150, null);
    await limiter.pause('limited', 10_000_000, 5);
    expect(pauses).toEqual([{ id: 'limited', ms: 5 * 60_000 }]);
    const t0 = Date.now();
    await limiter.acquire('calm', null);
    expect(Date.now() - t0).toBeLessThan(50);
    await limiter.acquire('busy', null);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    limiter.close();
  });

  it('an unreadable budget is asked again, not granted', async () => {
    let calls = 0;
    const errors: string[] = [];
    const limiter = new EndpointRateLimiter(
      {
        draw: async () => {
          if (++calls === 1) throw new Error('db down');
          return { granted: 1, waitMs: 0 };
        },
        pause: async () => undefined,
      },
      (_id, err) => errors.push(err.message),
    );
    await limiter.acquire('ep', 1);
    expect(calls).toBe(2);
    expect(errors).toEqual(['db down']);
  });
});
