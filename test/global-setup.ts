// The e2e suite runs the BUILT apps (dist/). Build them first when dist/ is missing or older than any source
// file, so `npx jest -c test/jest-e2e.config.js` alone never tests yesterday's code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const OUTPUTS = ['dist/apps/ingest/main.js', 'dist/apps/dispatcher/main.js', 'dist/settings-ui/index.html'];
const SOURCES = ['apps', 'libs'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export default function globalSetup(): void {
  const built = OUTPUTS.map((f) => path.join(ROOT, f));
  const oldestOutput = built.every((f) => existsSync(f)) ? Math.min(...built.map((f) => statSync(f).mtimeMs)) : 0;
  const newestSource = Math.max(...SOURCES.map((d) => newestMtime(path.join(ROOT, d))));
  if (oldestOutput >= newestSource) return;
  console.log(oldestOutput === 0 ? '\ne2e: dist/ is missing, building it' : '\ne2e: dist/ is older than the sources, rebuilding it');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}
