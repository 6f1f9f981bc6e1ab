import { stableStringify } from '@app/events';
import { bodyHash, IDEMPOTENCY_KEY_PATTERN } from './request-fingerprint';

describe('request fingerprint', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(stableStringify({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('hashes bodies that mean the same alike, and different ones apart', () => {
    expect(bodyHash(JSON.parse('{ "url": "https://a.example", "events": ["*"] }'))).toBe(bodyHash({ events: ['*'], url: 'https://a.example' }));
    expect(bodyHash({ events: ['*'] })).not.toBe(bodyHash({ events: ['message.*'] }));
    expect(bodyHash({ a: [1, 2] })).not.toBe(bodyHash({ a: [2, 1] }));
    expect(bodyHash({ a: '1' })).not.toBe(bodyHash({ a: 1 }));
    expect(bodyHash(undefined)).toBe(bodyHash(null));
    expect(bodyHash({})).not.toBe(bodyHash(null));
  });

  it('accepts 1 to 255 visible ASCII characters as a key', () => {
    expect(IDEMPOTENCY_KEY_PATTERN.test('a')).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('x'.repeat(255))).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('3f0c-!~{}')).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('')).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('x'.repeat(256))).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('with space')).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('é')).toBe(false);
  });
});
