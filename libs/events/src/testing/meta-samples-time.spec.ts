import { META_SAMPLE_TYPES, metaSampleBody } from './meta-samples';

const OPTS = { wabaId: '103850127645201', phoneNumberId: '117263540981001' };

/** Every value under a key naming a time (time, timestamp, start_time, created_timestamp …), as unix seconds. */
function times(node: unknown, key = ''): { key: string; seconds: number }[] {
  if (Array.isArray(node)) return node.flatMap((v) => times(v, key));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => times(v, k));
  if (/(^|_)time(stamp)?$/.test(key) && (typeof node === 'number' || (typeof node === 'string' && /^\d+$/.test(node)))) {
    return [{ key, seconds: Number(node) }];
  }
  return [];
}

describe('Meta samples with an explicit timestamp', () => {
  const now = Math.floor(Date.UTC(2026, 10, 30, 8, 0, 0) / 1000);

  it.each(META_SAMPLE_TYPES.map((t) => [t] as const))('%s: no time after the given one, none older than 30 days, the newest within the hour', (type) => {
    const found = times(metaSampleBody(type, { ...OPTS, timestamp: now, unique: 'run-1' }));
    expect(found.length).toBeGreaterThan(0);
    for (const t of found) {
      expect({ type, ...t, inFuture: t.seconds > now }).toEqual({ type, ...t, inFuture: false });
      expect(t.seconds).toBeGreaterThanOrEqual(now - 30 * 86_400);
    }
    // A history sync carries past messages; everything else happens at the given time.
    expect(Math.max(...found.map((t) => t.seconds))).toBeGreaterThanOrEqual(now - 3600);
  });

  it('without a timestamp, `unique` still spreads the fixed base time (the samples tests rely on)', () => {
    const a = times(metaSampleBody('account.review_updated', { ...OPTS, unique: 'a' }));
    const b = times(metaSampleBody('account.review_updated', { ...OPTS, unique: 'b' }));
    expect(a[0].seconds).not.toBe(b[0].seconds);
  });
});
