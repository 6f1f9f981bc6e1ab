import { createHmac, timingSafeEqual } from 'node:crypto';

/** Exactly what Meta sends: lowercase "sha256=" and the 64 hex digits of the HMAC, nothing before or after. */
const SIGNATURE_HEADER = /^sha256=([0-9a-fA-F]{64})$/;

/** The 32 digest bytes of a well-formed X-Hub-Signature-256 header, or null for anything else. */
export function parseMetaSignatureHeader(header: string | string[] | undefined): Buffer | null {
  if (typeof header !== 'string') return null;
  const match = SIGNATURE_HEADER.exec(header);
  return match ? Buffer.from(match[1], 'hex') : null;
}

/** True when `header` is "sha256=<hex>" of HMAC-SHA256(appSecret, rawBody); compared in constant time. */
export function isValidMetaSignature(rawBody: Buffer, header: string | string[] | undefined, appSecret: string): boolean {
  const given = parseMetaSignatureHeader(header);
  if (!given) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return timingSafeEqual(given, expected);
}

export function metaSignatureFor(rawBody: Buffer | string, appSecret: string): string {
  return 'sha256=' + createHmac('sha256', appSecret).update(rawBody).digest('hex');
}
