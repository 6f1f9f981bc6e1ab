import { DomainException } from '@app/common';
import { normalizeHeaders } from './webhook-input.validator';

/** A custom header as the API returns it: a sensitive header's value is never returned. */
export interface CustomHeaderView {
  value: string | null;
  sensitive: boolean;
}

/** Custom headers in plaintext with the names marked sensitive (what the service encrypts and stores). */
export interface CustomHeaders {
  values: Record<string, string>;
  sensitive: string[];
}

const NO_HEADERS: CustomHeaders = { values: {}, sensitive: [] };
const ENTRY_KEYS = new Set(['value', 'sensitive']);

const sameName = (a: string) => (b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Reads the `headers` of a create or update: each entry is a string (a header that is not sensitive)
 * or `{ "value": "…", "sensitive": true|false }`. A sensitive header given without a value (omitted
 * or null, as GET shows it) keeps its stored value, so what GET returns can be sent back unchanged.
 * Names and values are then checked by normalizeHeaders.
 */
export function parseCustomHeaders(raw: unknown, stored: CustomHeaders = NO_HEADERS): CustomHeaders {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw DomainException.validation('headers', 'headers must be an object of header name → string value or { value, sensitive }');
  }
  const values: Record<string, unknown> = {};
  const sensitive: string[] = [];
  for (const [name, entry] of Object.entries(raw as Record<string, unknown>)) {
    const field = `headers.${name}`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      values[name] = entry;
      continue;
    }
    const given = entry as Record<string, unknown>;
    const unknown = Object.keys(given).filter((k) => !ENTRY_KEYS.has(k));
    if (unknown.length > 0)
      throw DomainException.validation(field, `unknown propert${unknown.length > 1 ? 'ies' : 'y'} ${unknown.join(', ')}; a header is { value, sensitive }`);
    if (given.sensitive !== undefined && typeof given.sensitive !== 'boolean') throw DomainException.validation(field, 'sensitive must be true or false');
    const isSensitive = given.sensitive === true;
    if (given.value === undefined || given.value === null) {
      const kept = stored.sensitive.find(sameName(name));
      if (!isSensitive || !kept) {
        throw DomainException.validation(field, 'header value is required (only a sensitive header already stored may omit it to keep its value)');
      }
      values[name] = stored.values[kept];
    } else {
      values[name] = given.value;
    }
    if (isSensitive) sensitive.push(name);
  }
  return { values: normalizeHeaders(values), sensitive };
}

/** The API view: every header with its `sensitive` flag, sensitive values redacted to null. */
export function viewCustomHeaders(headers: CustomHeaders): Record<string, CustomHeaderView> {
  return Object.fromEntries(
    Object.entries(headers.values).map(([name, value]) => {
      const sensitive = headers.sensitive.some(sameName(name));
      return [name, { value: sensitive ? null : value, sensitive }];
    }),
  );
}
