import { randomBytes } from 'node:crypto';
import { hashApiKey } from './api-key';

/** Settings-page sign-in tokens look unlike API keys, so the authenticator knows which table to ask. */
export const PORTAL_TOKEN_PREFIX = 'wp_';

export interface IssuedPortalToken {
  /** Put in the URL fragment once, never stored. */
  token: string;
  /** Stored: identifies the sign-in in lists without revealing it. */
  prefix: string;
  /** Stored: SHA-256 of the token, like an API key's. */
  hash: string;
}

export function isPortalToken(credential: string): boolean {
  return credential.startsWith(PORTAL_TOKEN_PREFIX);
}

export function issuePortalToken(): IssuedPortalToken {
  const token = PORTAL_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, prefix: token.slice(0, PORTAL_TOKEN_PREFIX.length + 6), hash: hashApiKey(token) };
}
