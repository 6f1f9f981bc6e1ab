// Builds the settings page: apps/ingest/settings-ui → dist/settings-ui/{index.html,assets/*-<hash>.*}.
// Run by `npm run build:settings` (tsx). The ingest serves the result at /settings/webhooks.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SRC = __dirname;
const ROOT = path.resolve(SRC, '../../..');
const OUT = path.join(ROOT, 'dist/settings-ui');
/** The page must stay light: fail the build if it grows past this (bytes, minified, before gzip). */
const BUDGET_BYTES = 80_000;

async function main(): Promise<void> {
  // Build beside the output and swap at the end, so an ingest starting meanwhile never sees half a page.
  const tmp = `${OUT}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(path.join(tmp, 'assets'), { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { app: path.join(SRC, 'src/main.ts'), styles: path.join(SRC, 'src/styles.css') },
    outdir: path.join(tmp, 'assets'),
    entryNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome109', 'firefox115', 'safari16'],
    tsconfig: path.join(SRC, 'tsconfig.json'),
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const names: Record<string, string> = {};
  let total = 0;
  for (const [file, meta] of Object.entries(result.metafile.outputs)) {
    total += meta.bytes;
    const entry = meta.entryPoint ? path.basename(meta.entryPoint) : '';
    if (entry === 'main.ts') names['app.js'] = path.basename(file);
    if (entry === 'styles.css') names['styles.css'] = path.basename(file);
  }
  if (!names['app.js'] || !names['styles.css']) throw new Error(`settings-ui: missing outputs in ${JSON.stringify(names)}`);
  if (total > BUDGET_BYTES) throw new Error(`settings-ui: ${total} bytes exceeds the ${BUDGET_BYTES}-byte budget`);
  const html = readFileSync(path.join(SRC, 'index.html'), 'utf8').replace(/\{\{(app\.js|styles\.css)\}\}/g, (_, key: string) => names[key]);
  writeFileSync(path.join(tmp, 'index.html'), html);
  rmSync(OUT, { recursive: true, force: true });
  renameSync(tmp, OUT);
  process.stdout.write(`settings-ui: ${names['app.js']}, ${names['styles.css']} (${(total / 1024).toFixed(1)} KiB) → dist/settings-ui\n`);
}

main().catch((err) => {
  process.stderr.write(`settings-ui build failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
