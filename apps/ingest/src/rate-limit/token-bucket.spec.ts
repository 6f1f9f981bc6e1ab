import { TokenBuckets } from './token-bucket';

describe('token buckets', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => (now = 1_000_000));

  it('allows a burst, then refuses with the whole seconds until the next token', () => {
    const buckets = new TokenBuckets({ ratePerSecond: 0.5, burst: 3 }, clock);
    expect([buckets.take('k'), buckets.take('k'), buckets.take('k')].every((r) => r.allowed)).toBe(true);
    expect(buckets.take('k')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    now += 1000;
    expect(buckets.take('k')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1000;
    expect(buckets.take('k')).toEqual({ allowed: true });
  });

  it('refills at the steady rate and never above the burst', () => {
    const buckets = new TokenBuckets({ ratePerSecond: 10, burst: 5 }, clock);
    for (let i = 0; i < 5; i++) buckets.take('k');
    expect(buckets.take('k').allowed).toBe(false);
    now += 300; // three tokens
    expect([1, 2, 3].map(() => buckets.take('k').allowed)).toEqual([true, true, true]);
    expect(buckets.take('k').allowed).toBe(false);
    now += 3_600_000;
    expect(Array.from({ length: 6 }, () => buckets.take('k').allowed)).toEqual([true, true, true, true, true, false]);
  });

  it('keeps keys apart', () => {
    const buckets = new TokenBuckets({ ratePerSecond: 1, burst: 1 }, clock);
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(false);
    expect(buckets.take('b').allowed).toBe(true);
  });

  it('blockedFor looks without taking, and says nothing of an unknown key', () => {
    const buckets = new TokenBuckets({ ratePerSecond: 1 / 60, burst: 2 }, clock);
    expect(buckets.blockedFor('ip')).toBeNull();
    buckets.take('ip');
    expect(buckets.blockedFor('ip')).toBeNull();
    buckets.take('ip');
    expect(buckets.blockedFor('ip')).toBe(60);
    expect(buckets.blockedFor('ip')).toBe(60);
    now += 30_000;
    expect(buckets.blockedFor('ip')).toBe(30);
    now += 30_000;
    expect(buckets.blockedFor('ip')).toBeNull();
  });

  it('stays bounded: beyond maxKeys the least recently used key is forgotten', () => {
    const buckets = new TokenBuckets({ ratePerSecond: 1, burst: 1, maxKeys: 3 }, clock);
    for (const k of ['a', 'b', 'c']) buckets.take(k);
    buckets.take('a'); // a is now the most recently used
    buckets.take('d');
    expect(buckets.size).toBe(3);
    expect(buckets.take('b').allowed).toBe(true); // b was forgotten: full again
    expect(buckets.take('a').allowed).toBe(false); // a was kept: still empty
    for (let i = 0; i < 10_000; i++) buckets.take(`k${i}`);
    expect(buckets.size).toBe(3);
  });

  it('refuses a configuration that could never allow a request', () => {
    expect(() => new TokenBuckets({ ratePerSecond: 0, burst: 1 })).toThrow();
    expect(() => new TokenBuckets({ ratePerSecond: 1, burst: 0 })).toThrow();
  });
});
