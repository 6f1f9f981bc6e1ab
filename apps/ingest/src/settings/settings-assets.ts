import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One file of the built settings page, held in memory (the whole page is a few tens of KB). */
export interface SettingsAsset {
  body: Buffer;
  contentType: string;
  cacheControl: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Assets carry a content hash in their name (`app-3FQ2K7ZL.js`), so they never change under one URL. */
const HASHED_NAME = /-[A-Z0-9]{8,}\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export function contentTypeFor(name: string): string {
  return CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

export function cacheControlFor(name: string): string {
  return HASHED_NAME.test(name) ? IMMUTABLE : REVALIDATE;
}

/** Where `npm run build` writes the page: dist/settings-ui beside dist/apps/ingest/main.js. */
export function defaultSettingsUiDir(): string {
  const candidates = [path.resolve(__dirname, '../../settings-ui'), path.resolve(process.cwd(), 'dist/settings-ui')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? candidates[0];
}

/** Reads index.html and every file of assets/ once; a name not in this map is never read from disk. */
export function loadSettingsAssets(dir: string): { index: SettingsAsset; assets: Map<string, SettingsAsset> } | null {
  const indexPath = path.join(dir, 'index.html');
  if (!existsSync(indexPath)) return null;
  const assets = new Map<string, SettingsAsset>();
  const assetDir = path.join(dir, 'assets');
  if (existsSync(assetDir)) {
    for (const entry of readdirSync(assetDir, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      assets.set(entry.name, {
        body: readFileSync(path.join(assetDir, entry.name)),
        contentType: contentTypeFor(entry.name),
        cacheControl: cacheControlFor(entry.name),
      });
    }
  }
  return { index: { body: readFileSync(indexPath), contentType: contentTypeFor('index.html'), cacheControl: REVALIDATE }, assets };
}
