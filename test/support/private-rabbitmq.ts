import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './app-process';
import { sleep } from './wait';

const exec = promisify(execFile);

/**
 * The server script itself, run as the caller (Debian's /usr/sbin wrapper would su to rabbitmq on its own):
 * RABBITMQ_SERVER_BIN when set, else Debian's path, else `rabbitmq-server` on PATH.
 */
const DEBIAN_SERVER = '/usr/lib/rabbitmq/bin/rabbitmq-server';
const SERVER = process.env.RABBITMQ_SERVER_BIN ?? (existsSync(DEBIAN_SERVER) ? DEBIAN_SERVER : 'rabbitmq-server');
const asRoot = () => process.getuid?.() === 0;

/** Where one node lives: everything it needs to be started, stopped or started again. */
export interface RabbitMqNodeLayout {
  /** Its config, data (mnesia) and logs. */
  dir: string;
  nodeName: string;
  /** AMQP port on 127.0.0.1. */
  port: number;
  /** Erlang distribution port (cluster traffic and rabbitmqctl). */
  distPort: number;
}

/**
 * A RabbitMQ node of the caller's own (own node name, AMQP and distribution ports, data, logs and config
 * in its own dir), so a fault test can stop the broker without touching the machine's shared node on 5672.
 * As root the node runs as the `rabbitmq` user, which shares the Erlang cookie with rabbitmqctl (so every
 * node started here has the same cookie and can join the others in a cluster).
 * A node starts in about 5 s; `stopApp()`/`startApp()` take about 1 s each.
 */
export class PrivateRabbitMq {
  private destroyed = false;
  private readonly onExit = () => this.destroySync();

  private constructor(
    readonly layout: RabbitMqNodeLayout,
    /** Killed and deleted when this process exits (test nodes); false for nodes meant to outlive it. */
    private readonly ownedByProcess: boolean,
  ) {
    if (ownedByProcess) process.once('exit', this.onExit);
  }

  get dir(): string {
    return this.layout.dir;
  }
  get nodeName(): string {
    return this.layout.nodeName;
  }
  get port(): number {
    return this.layout.port;
  }

  /** guest/guest on the default vhost (guest may connect from localhost only, which is where the apps run). */
  get amqpUrl(): string {
    return `amqp://guest:guest@127.0.0.1:${this.port}/%2F`;
  }

  /** Adds a vhost guest may use fully; its AMQP URL. */
  async addVhost(vhost: string): Promise<string> {
    await this.ctl('add_vhost', vhost);
    await this.ctl('set_permissions', '-p', vhost, 'guest', '.*', '.*', '.*');
    return `amqp://guest:guest@127.0.0.1:${this.port}/${encodeURIComponent(vhost)}`;
  }

  /** A fresh node in a temp dir on free ports, removed when this process exits. */
  static async start(timeoutMs = 60_000, namePrefix = 'wawh-fault'): Promise<PrivateRabbitMq> {
    const layout = await PrivateRabbitMq.freshLayout(mkdtempSync(path.join(tmpdir(), 'wawh-rmq-')), namePrefix);
    return PrivateRabbitMq.launch(layout, { timeoutMs, ownedByProcess: true });
  }

  /** A unique node name and free ports for a node in `dir`. */
  static async freshLayout(dir: string, namePrefix: string): Promise<RabbitMqNodeLayout> {
    return { dir, nodeName: `${namePrefix}-${randomBytes(4).toString('hex')}@localhost`, port: await freePort(), distPort: await freePort() };
  }

  /** A handle on a node started earlier (possibly by another process) from its layout; starts nothing. */
  static attach(layout: RabbitMqNodeLayout): PrivateRabbitMq {
    return new PrivateRabbitMq(layout, false);
  }

  /** Starts the node of `layout`, writing its config on first use and keeping any data already in its dir. */
  static async launch(layout: RabbitMqNodeLayout, options: { timeoutMs?: number; ownedByProcess?: boolean } = {}): Promise<PrivateRabbitMq> {
    const rmq = new PrivateRabbitMq(layout, options.ownedByProcess ?? true);
    try {
      await rmq.boot(options.timeoutMs ?? 60_000);
      return rmq;
    } catch (err) {
      if (rmq.ownedByProcess) await rmq.destroy();
      throw err;
    }
  }

  /** Starts this node's server again after `stopNode()` (same name, ports and data). */
  async restart(timeoutMs = 60_000): Promise<void> {
    await this.boot(timeoutMs);
  }

  private async boot(timeoutMs: number): Promise<void> {
    const { dir } = this.layout;
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'rabbitmq.conf'), `listeners.tcp.1 = 127.0.0.1:${this.port}\nloopback_users.guest = true\n`);
    writeFileSync(path.join(dir, 'rabbitmq-env.conf'), ''); // not the machine's /etc/rabbitmq/rabbitmq-env.conf
    writeFileSync(path.join(dir, 'enabled_plugins'), '[].\n');
    if (asRoot()) await exec('chown', ['-R', 'rabbitmq:', dir]);
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin',
      HOME: process.env.HOME ?? dir,
      RABBITMQ_NODENAME: this.nodeName,
      RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
      RABBITMQ_NODE_PORT: String(this.port),
      RABBITMQ_DIST_PORT: String(this.layout.distPort),
      RABBITMQ_CONF_ENV_FILE: path.join(dir, 'rabbitmq-env.conf'),
      RABBITMQ_CONFIG_FILE: path.join(dir, 'rabbitmq.conf'),
      RABBITMQ_ADVANCED_CONFIG_FILE: path.join(dir, 'advanced.config'),
      RABBITMQ_ENABLED_PLUGINS_FILE: path.join(dir, 'enabled_plugins'),
      RABBITMQ_MNESIA_BASE: path.join(dir, 'mnesia'),
      RABBITMQ_LOG_BASE: path.join(dir, 'log'),
      RABBITMQ_PID_FILE: path.join(dir, 'rabbitmq.pid'),
      RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '-kernel inet_dist_use_interface {127,0,0,1}',
      ERL_EPMD_ADDRESS: '127.0.0.1',
    };
    const [file, argv] = asRoot() ? ['runuser', ['-u', 'rabbitmq', '--', SERVER, '-detached']] : [SERVER, ['-detached']];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(file, argv, { env, stdio: 'ignore' });
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`rabbitmq-server -detached exited with ${code}`))));
    });
    await this.awaitStartup(timeoutMs);
  }

  /** rabbitmqctl against this node (as root, Debian's wrapper runs it as `rabbitmq`, with the node's cookie). */
  ctl(...args: string[]): Promise<void> {
    return this.ctlOutput(...args).then(() => undefined);
  }

  /** rabbitmqctl against this node, its standard output. */
  async ctlOutput(...args: string[]): Promise<string> {
    const { stdout } = await exec('rabbitmqctl', ['-q', '-n', this.nodeName, ...args], { timeout: 60_000 });
    return stdout;
  }

  private async awaitStartup(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    // Until the node registered with epmd, await_startup fails at once: retry.
    for (;;) {
      try {
        await this.ctl('await_startup', '--timeout', String(Math.ceil(timeoutMs / 1000)));
        return;
      } catch (err) {
        if (Date.now() > deadline)
          throw new Error(`RabbitMQ node ${this.nodeName} did not start: ${(err as Error).message}\n${this.logTail()}`, { cause: err });
        await sleep(300);
      }
    }
  }

  private logTail(): string {
    const logDir = path.join(this.dir, 'log');
    if (!existsSync(logDir)) return '';
    return readdirSync(logDir)
      .map((f) => `${f}:\n${readFileSync(path.join(logDir, f), 'utf8').slice(-2000)}`)
      .join('\n');
  }

  /** A real broker stop: every connection is closed and the port refuses; durable queues and persistent messages survive. */
  stopApp(): Promise<void> {
    return this.ctl('stop_app');
  }

  /** Starts the broker again on the same port, with the same data. */
  startApp(): Promise<void> {
    return this.ctl('start_app');
  }

  /** Answers whether the node's Erlang VM is up and reachable. */
  async isRunning(): Promise<boolean> {
    return this.ctl('ping').then(
      () => true,
      () => false,
    );
  }

  /** The node lost: its Erlang VM killed (SIGKILL, no goodbye to clients or peers); data kept for `restart()`. */
  async kill(): Promise<void> {
    this.killByPidFile();
    const deadline = Date.now() + 15_000;
    while ((await this.isRunning()) && Date.now() < deadline) await sleep(200);
  }

  /** Stops the whole node gracefully (its VM exits); data kept for `restart()`. */
  async stopNode(): Promise<void> {
    await this.ctl('stop').catch(() => this.killByPidFile());
  }

  /** Stops the node and deletes its data. Safe to call twice. */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    process.removeListener('exit', this.onExit);
    await this.stopNode();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private killByPidFile(): void {
    const pidFile = path.join(this.dir, 'rabbitmq.pid');
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : NaN;
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  /** Last resort when the test process exits without afterAll (a crash): the node must not outlive it. */
  private destroySync(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.killByPidFile();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
