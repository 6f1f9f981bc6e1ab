/**
 * Top self-time functions of a V8 .cpuprofile (from --profile). bench/run.ts writes one summary per run;
 * by hand:
 *   npx tsx bench/support/profile-summary.ts bench/results/profiles/<file>.cpuprofile [top]
 */
import { existsSync, readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface ProfileSummary {
  /** CPU-busy time sampled (idle excluded), ms. */
  busyMs: number;
  /** Whether samples before the app was ready (boot) were left out (a <file>.json from the bench says when). */
  bootExcluded: boolean;
  byPackage: [string, number][];
  byFunction: [string, number][];
}

function packageOf(url: string, functionName: string): string {
  if (url.includes('node_modules/')) {
    const parts = url.split('node_modules/').pop()!.split('/');
    return parts.slice(0, parts[0].startsWith('@') ? 2 : 1).join('/');
  }
  if (!url) return functionName;
  return url.startsWith('node:') ? 'node internals' : 'app code';
}

export function summariseProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
    startTime: number;
    endTime: number;
  };
  // Samples from before the app was ready are boot (module loading, compiling): not the load's cost.
  const ready = existsSync(`${file}.json`) ? (JSON.parse(readFileSync(`${file}.json`, 'utf8')) as { readyBeforeExitMs: number }) : null;
  const cutoff = ready ? profile.endTime - ready.readyBeforeExitMs * 1000 : -Infinity;
  let at = profile.startTime;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    if (at < cutoff) return;
    const f = byId.get(id)!.callFrame;
    if (f.functionName === '(idle)') return;
    busy += dt;
    const where = f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/');
    const key = `${f.functionName || '(anonymous)'}  ${where}${where ? `:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const pkg = packageOf(f.url, f.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
  });
  const sorted = (m: Map<string, number>) => [...m].map(([k, v]): [string, number] => [k, v / 1000]).sort((a, b) => b[1] - a[1]);
  return { busyMs: busy / 1000, bootExcluded: ready !== null, byPackage: sorted(byPackage), byFunction: sorted(self) };
}

/** Markdown: per profile, the busy time, the top packages and the top self-time functions. */
export function profileMarkdown(title: string, s: ProfileSummary, top = 15): string {
  const pct = (v: number) => `${((v / s.busyMs) * 100).toFixed(1)} %`;
  return [
    `### ${title}`,
    '',
    `${(s.busyMs / 1000).toFixed(1)} s sampled while busy (idle excluded; ${s.bootExcluded ? 'from ready on, boot excluded' : 'boot included'}; on an oversubscribed box a sample also counts time the process waited for a core).`,
    '',
    `By package: ${s.byPackage
      .slice(0, 8)
      .map(([k, v]) => `${k} ${pct(v)}`)
      .join(', ')}`,
    '',
    '| Self time | Function |',
    '|---|---|',
    ...s.byFunction.slice(0, top).map(([k, v]) => `| ${pct(v)} | \`${k.replace(/\|/g, '\\|')}\` |`),
    '',
  ].join('\n');
}

if (require.main === module) {
  const [file, topArg] = process.argv.slice(2);
  process.stdout.write(profileMarkdown(file, summariseProfile(file), Number(topArg ?? 20)));
}
