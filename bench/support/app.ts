import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../test/support/app-process';

export const ROOT = path.resolve(__dirname, '../..');

/**
 * A built app (dist/apps/<name>/main.js) as its own process, like test/support/app-process.ts but with
 * node exec arguments (e.g. --cpu-prof) and a few figures read back from its /metrics.
 */
export class BenchApp {
  private child: ChildProcess | null = null;
  output = '';

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

  static async start(name: 'ingest' | 'dispatcher', env: Record<string, string>, execArgv: string[] = []): Promise<BenchApp> {
    const port = await freePort();
    const app = new BenchApp(name, port);
    const portVar = name === 'ingest' ? 'INGEST_PORT' : 'DISPATCHER_PORT';
    if (execArgv.includes('--cpu-prof')) mkdirSync(profileDir(), { recursive: true });
    const args = [
      ...execArgv.flatMap((a) =>
        a === '--cpu-prof' ? ['--cpu-prof', '--cpu-prof-dir', profileDir(), '--cpu-prof-name', `${name}-${Date.now()}.cpuprofile`] : [a],
      ),
      path.join(ROOT, 'dist/apps', name, 'main.js'),
    ];
    app.child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '', ...env, [portVar]: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    app.child.stdout!.on('data', (d) => (app.output = (app.output + d.toString()).slice(-20_000)));
    app.child.stderr!.on('data', (d) => (app.output = (app.output + d.toString()).slice(-20_000)));
    await app.waitReady();
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
    const text = await (await fetch(`${this.baseUrl}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith(prefix) && !l.startsWith('#'));
    return line ? Number(line.split(' ').pop()) : NaN;
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
  }
}

export function profileDir(): string {
  return path.join(ROOT, 'bench/results/profiles');
}

/** Starts a bench/support/*.ts helper under tsx; resolves once it prints "ready". */
export async function startHelper(script: string, args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: ROOT,
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return child;
}

export async function stopHelper(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  await exited;
}
