import { createHmac, Hmac, timingSafeEqual } from 'node:crypto';

/** Exactly what Meta sends: lowercase "sha256=" and the 64 hex digits of the HMAC, nothing before or after. */
const SIGNATURE_HEADER = /^sha256=([0-9a-fA-F]{64})$/;

/** The 32 digest bytes of a well-formed X-Hub-Signature-256 header, or null for anything else. */
export function parseMetaSignatureHeader(header: string | string[] | undefined): Buffer | null {
  if (typeof header !== 'string') return null;
  const match = SIGNATURE_HEADER.exec(header);
  return match ? Buffer.from(match[1], 'hex') : null;
}

/**
 * HMAC-SHA256(appSecret, body) fed chunk by chunk as the body arrives, then compared with the header in
 * constant time: no long digest of a large body blocks the event loop in one go.
 */
export class MetaSignatureCheck {
  private readonly hmac: Hmac;

  constructor(appSecret: string) {
    this.hmac = createHmac('sha256', appSecret);
  }

  update(chunk: Buffer): void {
    this.hmac.update(chunk);
  }

  /** Call once, after the last chunk. */
  matches(header: string | string[] | undefined): boolean {
    const expected = this.hmac.digest();
    const given = parseMetaSignatureHeader(header);
    return given !== null && timingSafeEqual(given, expected);
  }
}

/** True when `header` is "sha256=<hex>" of HMAC-SHA256(appSecret, rawBody). */
export function isValidMetaSignature(rawBody: Buffer, header: string | string[] | undefined, appSecret: string): boolean {
  const check = new MetaSignatureCheck(appSecret);
  check.update(rawBody);
  return check.matches(header);
}

export function metaSignatureFor(rawBody: Buffer | string, appSecret: string): string {
  return 'sha256=' + createHmac('sha256', appSecret).update(rawBody).digest('hex');
}
