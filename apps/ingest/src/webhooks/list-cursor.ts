import { DomainException } from '@app/common';
import { EndpointListPosition } from '@app/persistence';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Opaque list cursor: base64url JSON of the last item's (created_at with microseconds, id). */
export function encodeCursor(position: EndpointListPosition): string {
  return Buffer.from(JSON.stringify({ t: position.createdAt, i: position.id })).toString('base64url');
}

export function decodeCursor(cursor: string): EndpointListPosition {
  try {
    const { t, i } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { t?: unknown; i?: unknown };
    if (typeof t === 'string' && TIMESTAMP.test(t) && typeof i === 'string' && UUID.test(i)) return { createdAt: t, id: i };
  } catch {
    // fall through
  }
  throw DomainException.validation('cursor', 'cursor is not one this API returned; pass next_cursor unchanged');
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
