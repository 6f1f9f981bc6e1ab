/**
 * A string for a PostgreSQL text parameter: without NUL characters, which text columns refuse
 * ("invalid byte sequence"). Meta's strings are stored as given otherwise; one odd id or field name
 * must not fail a whole multi-row insert.
 */
export function textParam(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value.includes('\u0000') ? value.split('\u0000').join('') : value;
}
