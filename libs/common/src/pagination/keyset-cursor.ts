import { DomainException } from '../domain.exception';

/**
 * Position in a list ordered by (created_at DESC, id DESC). The timestamp keeps PostgreSQL's
 * microseconds (as text), so a page boundary never skips or repeats rows of the same millisecond.
 */
export interface KeysetPosition {
  createdAt: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Opaque cursor: base64url JSON of the last item's position. */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify({ t: position.createdAt, i: position.id })).toString('base64url');
}

/** `idPattern` checks the id part (lists keyed by uuid pass `isUuid`). */
export function decodeCursor(cursor: string | undefined, idPattern: (id: string) => boolean = (id) => id.length > 0): KeysetPosition | null {
  if (!cursor) return null;
  try {
    const { t, i } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { t?: unknown; i?: unknown };
    if (typeof t === 'string' && TIMESTAMP.test(t) && typeof i === 'string' && idPattern(i)) return { createdAt: t, id: i };
  } catch {
    // fall through to the validation error
  }
  throw DomainException.validation('cursor', 'cursor is not one this API returned; pass next_cursor unchanged');
}

/** SQL expression giving a timestamptz column as ISO-8601 text with microseconds, for cursors. */
export function cursorTimestampSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
