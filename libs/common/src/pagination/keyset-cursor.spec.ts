import { DomainException, ErrorCode } from '../domain.exception';
import { decodeCursor, encodeCursor, isUuid } from './keyset-cursor';

const POSITION = { createdAt: '2026-11-30T10:00:00.123456Z', id: '0b6f3c36-8d0e-4f7e-9a53-3f1f6f1d2c11' };

describe('keyset cursor', () => {
  it('round-trips a position, microseconds included', () => {
    expect(decodeCursor(encodeCursor(POSITION), isUuid)).toEqual(POSITION);
  });

  it('is opaque url-safe text', () => {
    expect(encodeCursor(POSITION)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('no cursor means the first page', () => {
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor('')).toBeNull();
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['a millisecond timestamp', encodeCursor({ ...POSITION, createdAt: '2026-11-30T10:00:00.123Z' })],
    ['an id that is not a uuid', encodeCursor({ ...POSITION, id: 'evt_1' })],
    ['JSON of the wrong shape', Buffer.from(JSON.stringify({ t: 1, i: [] })).toString('base64url')],
  ])('refuses %s with a validation error naming the cursor', (_, cursor) => {
    let error: unknown;
    try {
      decodeCursor(cursor, isUuid);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DomainException);
    expect(error).toMatchObject({ code: ErrorCode.ValidationFailed, details: [{ field: 'cursor' }] });
  });

  it('accepts any non-empty id by default (lists keyed by event id)', () => {
    expect(decodeCursor(encodeCursor({ ...POSITION, id: 'evt_1' }))).toEqual({ ...POSITION, id: 'evt_1' });
  });
});
