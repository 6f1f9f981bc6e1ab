/**
 * Top self-time functions of a V8 .cpuprofile (from --profile):
 *   npx tsx bench/support/profile-summary.ts bench/results/profiles/<file>.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const [file, topArg] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
const byPackage = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const f = byId.get(id)!.callFrame;
  const where = f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/');
  const key = `${f.functionName || '(anonymous)'}  ${where}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + dt);
  const pkg = f.url.includes('node_modules/')
    ? f.url
        .split('node_modules/')
        .pop()!
        .split('/')
        .slice(0, f.url.includes('node_modules/@') ? 2 : 1)
        .join('/')
    : f.url
      ? f.url.startsWith('node:')
        ? 'node internals'
        : 'app code'
      : f.functionName;
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
});
const pct = (v: number) => `${((v / total) * 100).toFixed(1).padStart(5)} %`;
process.stdout.write(`${file}: ${(total / 1e6).toFixed(1)} s sampled\nby package:\n`);
for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 12)) process.stdout.write(`  ${pct(v)}  ${k}\n`);
process.stdout.write('by function (self time):\n');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 20))) process.stdout.write(`  ${pct(v)}  ${k}\n`);
