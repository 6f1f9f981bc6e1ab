/** Where `npm run simulate` posts and what it signs with, from its flags and the environment of the ingest. */
import { DEVELOPMENT_SECRETS } from '../libs/config/src/secrets';

export interface SimulateTarget {
  /** Base URL of the ingest, without a trailing slash. */
  url: string;
  secret: string;
  /** Where the secret came from, for the printout (never the secret itself). */
  secretSource: '--secret' | 'META_APP_SECRET' | 'development default';
}

export interface SimulateFlags {
  url?: string;
  secret?: string;
}

/**
 * The ingest the same environment configures: --url, else PUBLIC_BASE_URL, else localhost on INGEST_PORT
 * (3000 by default). The secret: --secret, else META_APP_SECRET, else, only with NODE_ENV=development,
 * the development value `npm start` uses; otherwise an error, as the ingest itself would refuse to start.
 */
export function simulateTarget(flags: SimulateFlags, env: Record<string, string | undefined>): SimulateTarget {
  const url = (flags.url ?? nonEmpty(env.PUBLIC_BASE_URL) ?? `http://localhost:${ingestPort(env.INGEST_PORT)}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(url)) throw new Error(`the ingest URL must be an http(s) URL, got "${url}"`);
  if (flags.secret !== undefined) return { url, secret: flags.secret, secretSource: '--secret' };
  const configured = nonEmpty(env.META_APP_SECRET);
  if (configured) return { url, secret: configured, secretSource: 'META_APP_SECRET' };
  if (env.NODE_ENV === 'development') return { url, secret: DEVELOPMENT_SECRETS.META_APP_SECRET, secretSource: 'development default' };
  throw new Error('META_APP_SECRET is not set: set it (or pass --secret), or use NODE_ENV=development for the development default of `npm start`');
}

/**
 * Unix seconds of the `count` samples of a run started at `nowMs`: the last one is now, each earlier one a
 * second before, so none is in the future and samples whose content has no id stay distinct events.
 */
export function sampleTimestamps(count: number, nowMs: number): number[] {
  const now = Math.floor(nowMs / 1000);
  return Array.from({ length: count }, (_, i) => now - (count - 1 - i));
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function ingestPort(value: string | undefined): number {
  if (nonEmpty(value) === undefined) return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`INGEST_PORT must be a port number, got "${value}"`);
  return port;
}
