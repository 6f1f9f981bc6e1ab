import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './app-process';

const exec = promisify(execFile);

/**
 * Where the PostgreSQL server binaries (initdb, pg_ctl) are: PG_BIN_DIR when set, else the newest
 * version in Debian's layout, else whatever is on PATH.
 */
export function binDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return '';
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin/pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : '';
}

/**
 * A PostgreSQL server of the test's own (initdb in a temp dir, trust auth, a free port on 127.0.0.1),
 * so a fault test can stop and restart it without touching the machine's shared server on 5432.
 * As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
 */
export class PrivatePostgres {
  private destroyed = false;
  private readonly onExit = () => this.destroySync();

  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
  ) {}

  get dataDir(): string {
    return path.join(this.dir, 'data');
  }

  /** URL of `database` on this server (the apps create it when missing). */
  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  static async start(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(path.join(tmpdir(), 'wawh-pg-'));
    const pg = new PrivatePostgres(dir, await freePort(), binDir());
    process.once('exit', pg.onExit);
    try {
      if (process.getuid?.() === 0) await exec('chown', ['-R', 'postgres:', dir]);
      await pg.run('initdb', ['-D', pg.dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
      await pg.startServer();
      return pg;
    } catch (err) {
      await pg.destroy();
      throw err;
    }
  }

  private command(tool: string, args: string[]): [string, string[]] {
    const file = this.bin ? path.join(this.bin, tool) : tool;
    return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  }

  private async run(tool: string, args: string[]): Promise<void> {
    const [file, argv] = this.command(tool, args);
    try {
      await exec(file, argv, { timeout: 30_000 });
    } catch (err) {
      throw new Error(`${tool} ${args.join(' ')} failed: ${(err as Error).message}\n${this.logTail()}`, { cause: err });
    }
  }

  private logTail(): string {
    const log = path.join(this.dir, 'postgres.log');
    return existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-20).join('\n') : '';
  }

  private pgCtl(...args: string[]): string[] {
    return ['-D', this.dataDir, '-l', path.join(this.dir, 'postgres.log'), '-w', '-t', '30', ...args];
  }

  /** Starts the server and waits until it accepts connections. */
  startServer(): Promise<void> {
    return this.run('pg_ctl', this.pgCtl('-o', `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=200`, 'start'));
  }

  /** Stops the server: `immediate` is a crash (recovery from WAL at the next start), `fast` a clean stop. */
  stopServer(mode: 'immediate' | 'fast' = 'immediate'): Promise<void> {
    return this.run('pg_ctl', this.pgCtl('-m', mode, 'stop'));
  }

  /** Stops the server (if running) and deletes its data. Safe to call twice. */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    process.removeListener('exit', this.onExit);
    if (existsSync(path.join(this.dataDir, 'postmaster.pid'))) await this.stopServer('immediate').catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Last resort when the test process exits without afterAll (a crash): the server must not outlive it. */
  private destroySync(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    try {
      if (existsSync(path.join(this.dataDir, 'postmaster.pid'))) {
        const [file, argv] = this.command('pg_ctl', this.pgCtl('-m', 'immediate', 'stop'));
        execFileSync(file, argv, { stdio: 'ignore', timeout: 10_000 });
      }
    } catch {
      // best effort
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
