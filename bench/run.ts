/**
 * One benchmark command: every scenario against the built apps (dist/apps/*), each with its own
 * database and RabbitMQ vhost (removed afterwards), then one table, each figure beside the raw limit of
 * this machine measured in the same run. Prints figures and asserts nothing.
 *
 *   npm run bench [-- --only ingest,delivery,e2e,fanout,isolation,scale,hostile,rate-limit,control-plane] [--quick] [--profile]
 *
 * --quick     shorter stages (about a third of the time)
 * --profile   runs the ingest and dispatcher children with --cpu-prof (bench/results/profiles/, not committed)
 *             and writes the top self-time functions of each to bench/results/profile-summary.md
 * A full run writes the table to bench/results/latest.md; a run with --only to bench/results/only-<names>.md.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { profileDir, ROOT, setProfileLabel } from './support/app';
import { profileMarkdown, summariseProfile } from './support/profile-summary';
import { BenchContext, Scenario } from './support/context';
import { describeMachine, loadNow } from './support/machine';
import { markdown, Row, textTable } from './support/report';
import { clusterScenario } from './scenarios/cluster';
import { deliveryScenario } from './scenarios/delivery';
import { controlPlaneScenario } from './scenarios/control-plane';
import { e2eScenario } from './scenarios/e2e';
import { fanoutScenario } from './scenarios/fanout';
import { hostileScenario } from './scenarios/hostile';
import { ingestScenario } from './scenarios/ingest';
import { isolationScenario } from './scenarios/isolation';
import { rateLimitScenario } from './scenarios/rate-limit';
import { retentionScenario } from './scenarios/retention';
import { scaleScenario } from './scenarios/scale';

const SCENARIOS: Scenario[] = [
  ingestScenario,
  deliveryScenario,
  e2eScenario,
  fanoutScenario,
  isolationScenario,
  scaleScenario,
  hostileScenario,
  rateLimitScenario,
  clusterScenario,
  retentionScenario,
  controlPlaneScenario,
];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = process.argv[i + 1];
  return v && !v.startsWith('--') ? v : '';
}

function selected(): Scenario[] {
  const only = option('only');
  if (only === undefined) return SCENARIOS;
  const names = only
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (unknown.length || names.length === 0) {
    throw new Error(
      `--only takes a comma-separated list of: ${SCENARIOS.map((s) => s.name).join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`,
    );
  }
  return SCENARIOS.filter((s) => names.includes(s.name));
}

function ensureBuilt(): void {
  const missing = ['ingest', 'dispatcher'].filter((a) => !existsSync(path.join(ROOT, 'dist/apps', a, 'main.js')));
  if (missing.length === 0) return;
  process.stdout.write(`dist/apps/{${missing.join(',')}} missing: running npm run build\n`);
  execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    process.stdout.write(`npm run bench -- [--only ${SCENARIOS.map((s) => s.name).join(',')}] [--quick] [--profile]\n`);
    for (const s of SCENARIOS) process.stdout.write(`  ${s.name.padEnd(10)} ${s.description}\n`);
    return;
  }
  const scenarios = selected();
  const quick = process.argv.includes('--quick');
  const profile = process.argv.includes('--profile');
  ensureBuilt();
  const machine = await describeMachine();
  for (const [k, v] of machine.lines) process.stdout.write(`${k}: ${v}\n`);
  process.stdout.write('\n');

  const started = Date.now();
  const ctx: BenchContext = {
    quick,
    execArgv: profile ? ['--cpu-prof'] : [],
    log: (m) => process.stdout.write(`  ${m}\n`),
  };
  const rows: Row[] = [];
  for (const s of scenarios) {
    process.stdout.write(`▶ ${s.name}: ${s.description} (load ${loadNow()})\n`);
    const t0 = Date.now();
    setProfileLabel(s.name);
    try {
      rows.push(...(await s.run(ctx)));
    } catch (err) {
      process.stderr.write(`${(err as Error).stack}\n`);
      rows.push({ scenario: s.name, measure: 'FAILED', value: '—', raw: '—', note: (err as Error).message.split('\n')[0].slice(0, 200) });
    }
    process.stdout.write(`  (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }

  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  machine.lines.push(['Load average at end (1 min)', loadNow()]);
  machine.lines.push([
    'Run',
    `${scenarios.map((s) => s.name).join(', ')}${quick ? ' (--quick)' : ''} in ${minutes} min; ingest, dispatchers, PostgreSQL, RabbitMQ, load generator and receiver all on this machine`,
  ]);
  process.stdout.write(`\n${textTable(rows)}\n\n`);
  const file = scenarios.length === SCENARIOS.length ? 'latest.md' : `only-${scenarios.map((s) => s.name).join('-')}.md`;
  const out = path.join(ROOT, 'bench/results', file);
  writeFileSync(out, markdown(machine, rows, `Benchmark: ${quick ? 'quick run' : 'full run'}`));
  process.stdout.write(`written to ${path.relative(ROOT, out)}\n`);
  if (profile) writeProfileSummary(started, machine.lines);
}

/** One markdown file summarising every profile this run wrote (newest run only). */
function writeProfileSummary(since: number, machine: [string, string][]): void {
  const dir = profileDir();
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.cpuprofile') && statSync(path.join(dir, f)).mtimeMs >= since)
        .sort()
    : [];
  const out = path.join(ROOT, 'bench/results/profile-summary.md');
  writeFileSync(
    out,
    [
      '# CPU profiles: top self-time functions per process',
      '',
      ...machine.map(([k, v]) => `- **${k}**: ${v}`),
      '',
      `Written by \`npm run bench -- --profile\` from V8 \`--cpu-prof\` profiles (${path.relative(ROOT, dir)}/, not committed). ` +
        'Each covers the process from ready to exit (boot left out); the scenario prefix says which load it saw.',
      '',
      ...files.map((f) => profileMarkdown(f, summariseProfile(path.join(dir, f)))),
    ].join('\n'),
  );
  process.stdout.write(`CPU profiles in ${path.relative(ROOT, dir)}; summary in ${path.relative(ROOT, out)}\n`);
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  },
);
