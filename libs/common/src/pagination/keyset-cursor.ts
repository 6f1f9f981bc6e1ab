import { DomainException } from '../domain.exception';

/**
 * Opaque cursor for lists ordered by (created_at DESC, id DESC). The timestamp keeps PostgreSQL's
 * microseconds (as text), so a page boundary never skips or repeats rows with the same millisecond.
 */
export interface KeysetPosition {
  createdAt: string;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, field = 'cursor'): KeysetPosition | null {
  if (!cursor) return null;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof createdAt === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(createdAt))) return { createdAt, id };
  } catch {
    // fall through to the validation error
  }
  throw DomainException.validation(field, 'cursor is not one this API returned');
}

/** SQL expression giving a timestamptz column as ISO-8601 text with microseconds, for cursors. */
export function cursorTimestampSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
