import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { scrapeMetrics } from './metrics-scrape';

const ROOT = path.resolve(__dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** A built app (dist/apps/<name>/main.js) running as its own process, as in production. */
export class AppProcess {
  private child: ChildProcess | null = null;
  output = '';

  constructor(
    readonly name: 'ingest' | 'dispatcher',
    readonly env: Record<string, string>,
    readonly port: number,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The value of an unlabelled metric on /metrics (e.g. `dispatcher_consumed_endpoints`), NaN when absent. */
  async metric(name: string): Promise<number> {
    const [value] = await scrapeMetrics(this.baseUrl, [`${name} `]);
    return value;
  }

  static async start(name: 'ingest' | 'dispatcher', env: Record<string, string>): Promise<AppProcess> {
    const port = await freePort();
    const portVar = name === 'ingest' ? 'INGEST_PORT' : 'DISPATCHER_PORT';
    const app = new AppProcess(name, { ...env, [portVar]: String(port), HOST: '127.0.0.1' }, port);
    await app.launch();
    return app;
  }

  async launch(): Promise<void> {
    const main = path.join(ROOT, 'dist/apps', this.name, 'main.js');
    this.child = spawn(process.execPath, [main], { env: { PATH: process.env.PATH ?? '', ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (d) => (this.output += d.toString()));
    this.child.stderr!.on('data', (d) => (this.output += d.toString()));
    await this.waitReady();
  }

  private async waitReady(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child && (this.child.exitCode !== null || this.child.signalCode !== null)) {
        throw new Error(`${this.name} exited with ${this.child.exitCode}:\n${this.output}`);
      }
      try {
        const res = await fetch(`${this.baseUrl}/health/ready`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${this.name} not ready after ${timeoutMs} ms:\n${this.output}`);
  }

  /** SIGTERM (graceful) by default; SIGKILL to simulate a crash. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    // A process ended by a signal has exitCode null and signalCode set.
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }
}
