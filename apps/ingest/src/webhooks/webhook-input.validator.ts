import { DomainException } from '@app/common';
import { BlockedTargetError, isAllowedTargetPort, resolvePublicTarget } from '@app/delivery';
import { EVENT_TYPE_NAMES } from '@app/events';

export const MAX_URL_LENGTH = 2048;
export const MAX_CUSTOM_HEADERS = 20;
const MAX_HEADER_VALUE_LENGTH = 2048;
/** RFC 9110 token: one or more tchar. */
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/;
/** RFC 9110 field-value without obs-text: visible ASCII, space and tab (no CR, LF, NUL or bytes above 0x7e). */
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;

/**
 * Headers a custom header may not set: those a delivery sets itself, hop-by-hop and framing headers
 * (they would change how the request is carried, not what it says), and the Standard Webhooks prefix.
 */
export const RESERVED_HEADERS: readonly string[] = [
  'content-type',
  'content-length',
  'content-encoding',
  'host',
  'user-agent',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'expect',
];
const RESERVED_PREFIXES: readonly string[] = ['webhook-', 'proxy-'];

/** True when a custom delivery header may not use this name (case-insensitive). */
export function isReservedHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return RESERVED_HEADERS.includes(lower) || RESERVED_PREFIXES.some((p) => lower.startsWith(p));
}

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
    if (!HEADER_NAME.test(name)) {
      throw DomainException.validation(field, "header name must be a valid HTTP token: 1-100 letters, digits or !#$%&'*+.^_`|~-");
    }
    if (isReservedHeader(name)) {
      throw DomainException.validation(
        field,
        `header "${name}" is reserved and cannot be overridden (reserved: ${RESERVED_HEADERS.join(', ')} and every ${RESERVED_PREFIXES.map((p) => `${p}*`).join(', ')})`,
      );
    }
    if (seen.has(lower)) throw DomainException.validation(field, `header "${name}" is given twice`);
    seen.add(lower);
    if (typeof value !== 'string') throw DomainException.validation(field, 'header value must be a string');
    if (!HEADER_VALUE.test(value)) {
      throw DomainException.validation(field, 'header value may hold visible ASCII characters, spaces and tabs only (no line breaks, NUL or non-ASCII)');
    }
    if (value.length > MAX_HEADER_VALUE_LENGTH) {
      throw DomainException.validation(field, `header value must be at most ${MAX_HEADER_VALUE_LENGTH} characters`);
    }
    out[name] = value;
  }
  return out;
}

/** True when the authority of an absolute URL holds "@" (userinfo, even empty, as in "https://@host"). */
function hasUserinfo(raw: string): boolean {
  const rest = raw.slice(raw.indexOf('//') + 2);
  return /^[^/?#]*@/.test(rest);
}

/**
 * Checks a target URL and returns it as it will be stored and called: the WHATWG serialisation, so
 * what another parser reads back names the same host. Absolute, https (http only when private targets
 * are allowed), no userinfo, no backslash or control character, a port of 80, 443 or 1024 and above,
 * and a host that resolves to public addresses only (the last two unless private targets are allowed).
 */
export async function validateTargetUrl(raw: string, allowPrivate: boolean): Promise<string> {
  if (raw.length > MAX_URL_LENGTH) throw DomainException.validation('url', `url must be at most ${MAX_URL_LENGTH} characters`);
  // Parsers disagree on these (WHATWG reads a backslash as "/" and drops tabs and newlines): refuse them.
  if ([...raw].some((c) => c === '\\' || c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f)) {
    throw DomainException.validation('url', 'url must not contain backslashes, spaces or control characters');
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw DomainException.validation('url', 'url must be an absolute URL such as https://example.com/hooks');
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
    throw DomainException.validation('url', allowPrivate ? 'url must use https or http' : 'url must use https');
  }
  if (url.username || url.password || hasUserinfo(raw)) throw DomainException.validation('url', 'url must not contain credentials');
  if (!url.hostname) throw DomainException.validation('url', 'url must have a host');
  if (!allowPrivate && !isAllowedTargetPort(url)) {
    throw DomainException.validation('url', `url port ${url.port} is not allowed: use 443, 80 or a port from 1024 up`);
  }
  if (!allowPrivate) {
    try {
      await resolvePublicTarget(url.hostname, false);
    } catch (err) {
      if (err instanceof BlockedTargetError) throw DomainException.validation('url', `url is not allowed: ${err.message}`);
      throw DomainException.validation('url', `url host ${url.hostname} could not be resolved`);
    }
  }
  if (url.href.length > MAX_URL_LENGTH) throw DomainException.validation('url', `url must be at most ${MAX_URL_LENGTH} characters`);
  return url.href;
}
