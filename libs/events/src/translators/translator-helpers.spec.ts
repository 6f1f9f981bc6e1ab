import { contentKey, num, occurredAt, stableStringify, str, unixToIso } from './translator-helpers';

const RECEIVED = new Date('2026-05-11T12:00:00Z');

describe('translator helpers', () => {
  it('stable-stringifies regardless of key order', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
    expect(stableStringify({ a: 1, b: 2 })).toBe(stableStringify({ b: 2, a: 1 }));
  });

  it('derives content keys from field, entry time and content only', () => {
    const ctx = { wabaId: 'w', entryTime: 1778490400, receivedAt: RECEIVED };
    const key = contentKey('account_update', ctx, { event: 'X', info: { a: 1, b: 2 } });
    expect(key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(contentKey('account_update', { ...ctx, receivedAt: new Date() }, { info: { b: 2, a: 1 }, event: 'X' })).toBe(key);
    expect(contentKey('account_update', { ...ctx, entryTime: 1778490401 }, { event: 'X', info: { a: 1, b: 2 } })).not.toBe(key);
    expect(contentKey('security', ctx, { event: 'X', info: { a: 1, b: 2 } })).not.toBe(key);
    expect(contentKey('account_update', ctx, { event: 'Y', info: { a: 1, b: 2 } })).not.toBe(key);
  });

  it('reads Meta scalars defensively', () => {
    expect(str(1437190053021874)).toBe('1437190053021874');
    expect(str('')).toBeUndefined();
    expect(str({})).toBeUndefined();
    expect(num('59.9')).toBe(59.9);
    expect(num('abc')).toBeUndefined();
    expect(unixToIso('1778486411')).toBe('2026-05-11T08:00:11Z');
    expect(unixToIso('never')).toBeUndefined();
  });

  it('dates events by their own time, then entry time, then arrival', () => {
    expect(occurredAt({ wabaId: 'w', entryTime: 1778490400, receivedAt: RECEIVED }, '1778486411')).toEqual(new Date(1778486411000));
    expect(occurredAt({ wabaId: 'w', entryTime: 1778490400, receivedAt: RECEIVED })).toEqual(new Date(1778490400000));
    expect(occurredAt({ wabaId: 'w', receivedAt: RECEIVED })).toEqual(RECEIVED);
  });
});
