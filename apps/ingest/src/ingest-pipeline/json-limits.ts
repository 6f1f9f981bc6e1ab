import { stableStringify } from '@app/events';

/**
 * Deepest change value translated and stored as JSON. Meta's payloads are a dozen levels deep at
 * most; far deeper ones would overflow recursive code (JSON.stringify, hashing) and PostgreSQL's
 * JSON parser, so they are kept as text instead.
 */
export const MAX_VALUE_DEPTH = 100;

/**
 * True when `value` nests arrays/objects more than `max` levels deep. Recursive but bounded: it never
 * goes more than `max` + 1 calls deep, whatever the depth of the value, and allocates nothing (it runs
 * on every change Meta sends).
 */
export function depthExceeds(value: unknown, max = MAX_VALUE_DEPTH): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (max <= 0) return true;
  if (Array.isArray(value)) {
    for (const child of value) if (depthExceeds(child, max - 1)) return true;
    return false;
  }
  for (const key in value) if (Object.hasOwn(value, key) && depthExceeds((value as Record<string, unknown>)[key], max - 1)) return true;
  return false;
}

// What jsonb refuses although JSON allows it: the NUL escape and lone surrogates (JSON.stringify
// escapes only those). An escaped backslash before "u0000" also matches: such a value is merely kept as text.
const JSONB_UNSAFE = /\\u(0000|d[89a-f][0-9a-f]{2})/i;

/**
 * JSON text for a jsonb column that PostgreSQL will accept whatever Meta sent: the value itself when
 * it can be stored, otherwise its JSON text as a JSON string (too deep, or characters jsonb refuses),
 * so one odd value never fails the insert of a whole group commit. null for undefined.
 */
export function storableJson(value: unknown): string | null {
  if (value === undefined) return null;
  if (depthExceeds(value)) return JSON.stringify(stableStringify(value));
  const text = stableStringify(value);
  return JSONB_UNSAFE.test(text) ? JSON.stringify(text) : text;
}
