import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../test/support/app-process';
import { scrapeMetrics } from '../../test/support/metrics-scrape';

export const ROOT = path.resolve(__dirname, '../..');

/** Prefix of the next --cpu-prof file names (bench/run.ts sets it to the scenario's name). */
let profileLabel = 'bench';
export function setProfileLabel(label: string): void {
  profileLabel = label;
}

/**
 * A built app (dist/apps/<name>/main.js) as its own process, like test/support/app-process.ts but with
 * node exec arguments (e.g. --cpu-prof) and a few figures read back from its /metrics.
 */
export class BenchApp {
  private child: ChildProcess | null = null;
  output = '';
  /** With --cpu-prof: the profile's path, and when the app was ready (Date.now()). */
  private profile: { file: string; readyAt: number } | null = null;

  private constructor(
    readonly name: 'ingest' | 'dispatcher',
    readonly port: number,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Starts the app; a dispatcher runs at OS priority DISPATCHER_NICE as `npm start` runs it (and compose
   * gives it a lower CPU weight), so the ingest gets shared cores first.
   */
  static async start(name: 'ingest' | 'dispatcher', env: Record<string, string>, execArgv: string[] = []): Promise<BenchApp> {
    const port = await freePort();
    const app = new BenchApp(name, port);
    const portVar = name === 'ingest' ? 'INGEST_PORT' : 'DISPATCHER_PORT';
    if (execArgv.includes('--cpu-prof')) mkdirSync(profileDir(), { recursive: true });
    const profileName = `${profileLabel}-${name}-${Date.now()}.cpuprofile`;
    const args = [
      ...execArgv.flatMap((a) => (a === '--cpu-prof' ? ['--cpu-prof', '--cpu-prof-dir', profileDir(), '--cpu-prof-name', profileName] : [a])),
      path.join(ROOT, 'dist/apps', name, 'main.js'),
    ];
    app.child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '', ...env, [portVar]: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    app.child.stdout!.on('data', (d) => (app.output = (app.output + d.toString()).slice(-20_000)));
    app.child.stderr!.on('data', (d) => (app.output = (app.output + d.toString()).slice(-20_000)));
    await app.waitReady();
    if (execArgv.includes('--cpu-prof')) app.profile = { file: path.join(profileDir(), profileName), readyAt: Date.now() };
    // After boot: on a box saturated by other work a niced process can take minutes to boot, and the
    // figures are about steady state.
    if (name === 'dispatcher' && DISPATCHER_NICE > 0 && app.child.pid) os.setPriority(app.child.pid, DISPATCHER_NICE);
    return app;
  }

  private async waitReady(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`${this.name} exited with ${this.child?.exitCode}:\n${this.output}`);
      try {
        if ((await fetch(`${this.baseUrl}/health/ready`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${this.name} not ready after ${timeoutMs} ms:\n${this.output}`);
  }

  private get exited(): boolean {
    return !this.child || this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** The value of one /metrics sample (first line whose name and labels start with `prefix`), or NaN. */
  async metric(prefix: string): Promise<number> {
    return (await this.metrics([prefix]))[0];
  }

  /** Several samples from one scrape (a scrape resets prom-client's event-loop delay histogram). */
  metrics(prefixes: string[]): Promise<number[]> {
    return scrapeMetrics(this.baseUrl, prefixes);
  }

  rssBytes(): Promise<number> {
    return this.metric('process_resident_memory_bytes');
  }

  /** SIGTERM (graceful: a --cpu-prof profile is written on this exit); SIGKILL after 30 s. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || this.exited) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
    // Beside the profile: how long before its end the app was ready, so the summary can leave boot out.
    if (this.profile) writeFileSync(`${this.profile.file}.json`, JSON.stringify({ readyBeforeExitMs: Date.now() - this.profile.readyAt }));
  }
}

/** The dispatcher's niceness, as scripts/start.js sets it (BENCH_DISPATCHER_NICE=0 to compare with equal priorities). */
export const DISPATCHER_NICE = Number(process.env.BENCH_DISPATCHER_NICE ?? 5);

export function profileDir(): string {
  return path.join(ROOT, 'bench/results/profiles');
}

/**
 * Starts a bench/support/*.ts helper under tsx; resolves once it prints "ready". `nice`: its OS
 * priority (the raw consumer gets the dispatcher's, so both sides of a comparison run alike).
 */
export async function startHelper(script: string, args: string[], nice = 0): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: ROOT,
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  if (nice > 0 && child.pid) os.setPriority(child.pid, nice);
  return child;
}

export async function stopHelper(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  await exited;
}
