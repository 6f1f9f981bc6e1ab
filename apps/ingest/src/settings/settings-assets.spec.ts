import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cacheControlFor, contentTypeFor, loadSettingsAssets } from './settings-assets';

describe('settings page assets', () => {
  it('caches hashed assets for a year and revalidates the rest', () => {
    expect(cacheControlFor('app-B53SK2AZ.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('styles-V6MIWWT5.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('index.html')).toBe('no-cache');
  });

  it('names content types', () => {
    expect(contentTypeFor('app-B53SK2AZ.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('styles-V6MIWWT5.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('x.bin')).toBe('application/octet-stream');
  });

  it('loads only the files of the built directory', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'settings-ui-'));
    expect(loadSettingsAssets(dir)).toBeNull();
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(path.join(dir, 'assets', 'app-ABCDEFGH.js'), 'void 0');
    const loaded = loadSettingsAssets(dir)!;
    expect(loaded.index.contentType).toBe('text/html; charset=utf-8');
    expect([...loaded.assets.keys()]).toEqual(['app-ABCDEFGH.js']);
    expect(loaded.assets.get('../index.html')).toBeUndefined();
  });
});
