import { DomainException } from '@app/common';
import { BlockedTargetError, resolvePublicTarget } from '@app/delivery';
import { EVENT_TYPE_NAMES } from '@app/events';

export const MAX_URL_LENGTH = 2048;
export const MAX_CUSTOM_HEADERS = 20;
const MAX_HEADER_VALUE_LENGTH = 2048;
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/;

/** Headers a delivery sets itself; a custom header may not replace them. */
export const RESERVED_HEADERS: readonly string[] = [
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
  'content-type',
  'content-length',
  'host',
  'user-agent',
  'connection',
  'transfer-encoding',
];

/** Every subscription pattern accepted: each catalog type, "<category word>.*" for each word, and "*". */
export function validEventPatterns(types: readonly string[] = EVENT_TYPE_NAMES): string[] {
  const words = [...new Set(types.map((t) => t.split('.')[0]))];
  return [...types, ...words.map((w) => `${w}.*`), '*'];
}

/** Returns the subscriptions without duplicates, or throws naming the unknown ones and every valid choice. */
export function normalizeEvents(events: string[], types: readonly string[] = EVENT_TYPE_NAMES): string[] {
  const valid = validEventPatterns(types);
  const known = new Set(valid);
  const unknown = events.filter((e) => !known.has(e));
  if (unknown.length > 0) {
    const reason = `unknown event type${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; valid: ${valid.join(', ')}`;
    throw DomainException.validation('events', reason);
  }
  return [...new Set(events)];
}

/** Checks custom delivery headers: names are HTTP tokens, values single-line strings, none reserved. */
export function normalizeHeaders(headers: unknown): Record<string, string> {
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) {
    throw DomainException.validation('headers', 'headers must be an object of header name → string value');
  }
  const entries = Object.entries(headers as Record<string, unknown>);
  if (entries.length > MAX_CUSTOM_HEADERS) {
    throw DomainException.validation('headers', `at most ${MAX_CUSTOM_HEADERS} custom headers are allowed`);
  }
  const seen = new Set<string>();
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    const lower = name.toLowerCase();
    const field = `headers.${name}`;
    if (!HEADER_NAME.test(name)) throw DomainException.validation(field, 'header name must be a valid HTTP token (letters, digits, - and _)');
    if (RESERVED_HEADERS.includes(lower)) {
      throw DomainException.validation(field, `header "${name}" is set by the delivery itself and cannot be overridden (reserved: ${RESERVED_HEADERS.join(', ')})`);
    }
    if (seen.has(lower)) throw DomainException.validation(field, `header "${name}" is given twice`);
    seen.add(lower);
    if (typeof value !== 'string') throw DomainException.validation(field, 'header value must be a string');
    if (/[\r\n\0]/.test(value)) throw DomainException.validation(field, 'header value must be a single line');
    if (value.length > MAX_HEADER_VALUE_LENGTH) {
      throw DomainException.validation(field, `header value must be at most ${MAX_HEADER_VALUE_LENGTH} characters`);
    }
    out[name] = value;
  }
  return out;
}

/**
 * Checks a target URL: absolute, https (http only when private targets are allowed), no credentials,
 * and a host that resolves to public addresses only (unless private targets are allowed).
 */
export async function validateTargetUrl(raw: string, allowPrivate: boolean): Promise<string> {
  if (raw.length > MAX_URL_LENGTH) throw DomainException.validation('url', `url must be at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw DomainException.validation('url', 'url must be an absolute URL such as https://example.com/hooks');
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
    throw DomainException.validation('url', allowPrivate ? 'url must use https or http' : 'url must use https');
  }
  if (url.username || url.password) throw DomainException.validation('url', 'url must not contain credentials');
  if (!url.hostname) throw DomainException.validation('url', 'url must have a host');
  if (!allowPrivate) {
    try {
      await resolvePublicTarget(url.hostname, false);
    } catch (err) {
      if (err instanceof BlockedTargetError) throw DomainException.validation('url', `url is not allowed: ${err.message}`);
      throw DomainException.validation('url', `url host ${url.hostname} could not be resolved`);
    }
  }
  return raw;
}
