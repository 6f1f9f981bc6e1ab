/**
 * npm run docker:dry-build [-- --keep]
 *
 * Runs the Dockerfile's stages without a Docker engine, as far as one machine allows: each stage gets a
 * scratch directory standing for its filesystem, COPY copies from the build context (minus
 * .dockerignore) or from an earlier stage, RUN runs in the stage's WORKDIR with this machine's Node
 * (the base image's major is checked), ENV is applied. Then the runtime stage's tree is started the way
 * the image and the Kubernetes manifests start it:
 *   1. both entrypoints without secrets must exit 1 naming every missing secret;
 *   2. with secrets, a database and a vhost of their own (local PostgreSQL and RabbitMQ), `migrate`
 *      must succeed, and each app must answer /health/ready and stop on SIGTERM (the dispatcher
 *      logging that it stopped consuming).
 * Run as root, steps 1 and 2 run as uid 1000 over a root-owned tree, as under the image's USER node.
 * Not verified: pulling the base image, Docker's layer cache, the image's own libraries.
 */
import { ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DockerStage, lastOf, parseDockerfile, stageEnv } from '../deploy/docker/dockerfile.parser';

const exec = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');
const KNOWN = new Set(['WORKDIR', 'COPY', 'RUN', 'ENV', 'USER', 'EXPOSE', 'CMD']);
const SECRETS = ['META_APP_SECRET', 'META_VERIFY_TOKEN', 'ADMIN_TOKEN', 'ENCRYPTION_KEYS'];

const log = (msg: string) => process.stdout.write(`[dry-build] ${msg}\n`);
const seconds = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

/** .dockerignore as simple path patterns (names, directories, `*` within a segment), as this repo writes them. */
function ignoreMatcher(): (rel: string) => boolean {
  const file = path.join(ROOT, '.dockerignore');
  const patterns = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim().replace(/^\/|\/$/g, ''))
        .filter((l) => l && !l.startsWith('#'))
    : [];
  if (patterns.some((p) => p.startsWith('!') || p.includes('**'))) throw new Error('.dockerignore: exceptions and ** are not emulated');
  const regexes = patterns.map(
    (p) =>
      new RegExp(
        `^${p
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^/]*')
          .replace(/\?/g, '[^/]')}(/|$)`,
      ),
  );
  return (rel) => regexes.some((r) => r.test(rel));
}

function copyFromContext(sources: string[], dest: string, ignored: (rel: string) => boolean): void {
  for (const src of sources) {
    const from = path.resolve(ROOT, src);
    const isDir = statSync(from).isDirectory();
    const target = isDir || sources.length > 1 || dest.endsWith('/') ? (isDir ? dest : path.join(dest, path.basename(from))) : dest;
    cpSync(from, target, {
      recursive: true,
      dereference: false,
      filter: (p) => {
        const rel = path.relative(ROOT, p);
        return rel === '' || !ignored(rel.split(path.sep).join('/'));
      },
    });
  }
}

function run(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', command], { cwd, env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`RUN ${command}: exit ${code}`))));
  });
}

/** Executes every stage in a scratch directory; returns each stage's root and the final stage's /app-relative WORKDIR. */
async function buildStages(stages: DockerStage[], scratch: string): Promise<{ roots: string[]; final: DockerStage }> {
  const ignored = ignoreMatcher();
  const roots: string[] = [];
  const hostMajor = process.versions.node.split('.')[0];
  for (const stage of stages) {
    const root = path.join(scratch, `stage-${stage.index}`);
    mkdirSync(root, { recursive: true });
    roots.push(root);
    const major = /^node:(\d+)/.exec(stage.from)?.[1];
    if (major !== hostMajor) throw new Error(`stage ${stage.index} is FROM ${stage.from}; this machine runs Node ${process.versions.node}`);
    log(`stage ${stage.index}${stage.name ? ` (${stage.name})` : ''}: FROM ${stage.from} → ${root}`);
    let workdir = root;
    const env: Record<string, string> = {};
    for (const i of stage.instructions) {
      if (!KNOWN.has(i.op)) throw new Error(`${i.op} is not emulated`);
      const t0 = Date.now();
      if (i.op === 'WORKDIR') {
        workdir = path.join(root, i.args[0]);
        mkdirSync(workdir, { recursive: true });
      } else if (i.op === 'ENV') {
        Object.assign(env, stageEnv({ ...stage, instructions: [i] }));
      } else if (i.op === 'COPY') {
        const sources = i.args.slice(0, -1);
        const dest = path.resolve(workdir, i.args[i.args.length - 1]);
        if (i.flags.from) {
          const from = stages.find((s) => s.name === i.flags.from || String(s.index) === i.flags.from);
          if (!from || from.index >= stage.index) throw new Error(`COPY --from=${i.flags.from}: no earlier stage of that name`);
          for (const src of sources)
            cpSync(path.join(roots[from.index], path.resolve('/', lastOf(from, 'WORKDIR')?.args[0] ?? '/', src)), dest, { recursive: true });
        } else {
          copyFromContext(sources, dest, ignored);
        }
      } else if (i.op === 'RUN') {
        // The host's environment (PATH, npm's registry and proxy settings) without its NODE_ENV, plus the stage's ENV.
        const { NODE_ENV: _ignored, ...host } = process.env;
        await run(i.raw, workdir, { ...host, ...env });
      }
      log(
        `  ${i.op} ${Object.entries(i.flags)
          .map(([k, v]) => `--${k}=${v} `)
          .join('')}${i.args.join(' ')}${i.op === 'RUN' || i.op === 'COPY' ? `  (${seconds(t0)})` : ''}`,
      );
    }
  }
  return { roots, final: stages[stages.length - 1] };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
}

/**
 * As root, the runtime tree is run as uid/gid 1000 (the image's `node` user, the pods' runAsUser) over
 * files owned by root, as `COPY` without `--chown` leaves them in the image: the app can read its tree
 * and write none of it, which is also what the pods' read-only root filesystem demands.
 */
const AS_IMAGE_USER = process.getuid?.() === 0 ? ['setpriv', '--reuid=1000', '--regid=1000', '--clear-groups'] : [];

function start(args: string[], cwd: string, env: Record<string, string>): { child: ChildProcess; exited: Promise<Exit> } {
  const argv = [...AS_IMAGE_USER, ...args];
  const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.on('data', (d) => (stdout += d));
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr, stdout })));
  return { child, exited };
}

async function waitReady(url: string, exited: Promise<Exit>, timeoutMs: number): Promise<void> {
  let done: Exit | null = null;
  void exited.then((e) => (done = e));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (done) throw new Error(`exited (${(done as Exit).code}) before ${url} answered: ${(done as Exit).stderr}`);
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

async function bootChecks(appDir: string, imageEnv: Record<string, string>, cmd: string[]): Promise<void> {
  // The image's CMD starts the ingest; the dispatcher is started with the command package.json (and the manifests) give it.
  const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
  const entrypoints = { ingest: cmd, dispatcher: scripts['start:dispatcher'].split(' ') };
  const base = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...imageEnv };

  for (const [name, args] of Object.entries(entrypoints)) {
    const { exited } = start(args, appDir, base);
    const { code, stderr } = await exited;
    const missing = SECRETS.filter((s) => !stderr.includes(s));
    if (code !== 1 || missing.length) throw new Error(`${name} without secrets: exit ${code}, message does not name ${missing.join(', ')}: ${stderr}`);
    log(`${name} without secrets: exit 1, "${stderr.trim().split('\n')[0]}"`);
  }

  const id = randomBytes(5).toString('hex');
  const vhost = `wawh-dry-build-${id}`;
  const database = `wawh_dry_build_${id}`;
  await exec('rabbitmqctl', ['-q', 'add_vhost', vhost]);
  await exec('rabbitmqctl', ['-q', 'set_permissions', '-p', vhost, 'guest', '.*', '.*', '.*']);
  const [ingestPort, dispatcherPort] = [await freePort(), await freePort()];
  const env = {
    ...base,
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
    AMQP_URL: `amqp://guest:guest@127.0.0.1:5672/${encodeURIComponent(vhost)}`,
    META_APP_SECRET: randomBytes(24).toString('hex'),
    META_VERIFY_TOKEN: randomBytes(24).toString('hex'),
    ADMIN_TOKEN: randomBytes(24).toString('hex'),
    ENCRYPTION_KEYS: `dry:${randomBytes(32).toString('base64')}`,
    RUN_MIGRATIONS: 'false',
    INGEST_PORT: String(ingestPort),
    DISPATCHER_PORT: String(dispatcherPort),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
  };
  try {
    const migrate = await start(['node', 'dist/apps/ingest/main.js', 'migrate'], appDir, env).exited;
    if (migrate.code !== 0) throw new Error(`migrate: exit ${migrate.code}: ${migrate.stderr}`);
    log('migrate: exit 0');
    for (const [name, args, port] of [
      ['ingest', entrypoints.ingest, ingestPort],
      ['dispatcher', entrypoints.dispatcher, dispatcherPort],
    ] as const) {
      const t0 = Date.now();
      const app = start([...args], appDir, env);
      await waitReady(`http://127.0.0.1:${port}/health/ready`, app.exited, 60_000);
      log(`${name}: /health/ready 200 after ${seconds(t0)}`);
      app.child.kill('SIGTERM');
      const { code, signal, stderr, stdout } = await app.exited;
      // Nest runs its shutdown hooks on SIGTERM, then raises the signal again: either ending is a clean stop.
      if (code !== 0 && signal !== 'SIGTERM') throw new Error(`${name} after SIGTERM: exit ${code ?? signal}: ${stderr}`);
      if (name === 'dispatcher' && !stdout.includes('stopped consuming')) throw new Error(`dispatcher did not drain on SIGTERM: ${stdout}`);
      log(`${name}: SIGTERM → ${code === 0 ? 'exit 0' : 'ended by SIGTERM'}${name === 'dispatcher' ? ' ("stopped consuming" logged)' : ''}`);
    }
  } finally {
    await exec('rabbitmqctl', ['-q', 'delete_vhost', vhost]).catch(() => undefined);
    const pg = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    await pg.connect();
    await pg.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).finally(() => pg.end());
  }
}

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep');
  const t0 = Date.now();
  const stages = parseDockerfile(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));
  const scratch = mkdtempSync(path.join(tmpdir(), 'wawh-dry-build-'));
  try {
    const { roots, final } = await buildStages(stages, scratch);
    const appDir = path.join(roots[final.index], lastOf(final, 'WORKDIR')?.args[0] ?? '/');
    const cmd = lastOf(final, 'CMD')?.args;
    if (!cmd) throw new Error('the last stage has no CMD');
    // mkdtemp makes the scratch directory private; the image user must be able to reach /app.
    for (const dir of [scratch, roots[final.index]]) chmodSync(dir, 0o755);
    const writable = spawnSync('/bin/sh', ['-c', `${AS_IMAGE_USER.join(' ')} touch ${appDir}/probe`.trim()]).status === 0;
    if (AS_IMAGE_USER.length && writable) throw new Error(`${appDir} is writable by uid 1000; the image's tree would not be`);
    log(AS_IMAGE_USER.length ? 'runtime checks run as uid 1000 over a root-owned, unwritable tree' : 'runtime checks run as the current (non-root) user');
    log(`runtime stage: USER ${lastOf(final, 'USER')?.args[0] ?? 'root'}, ENV ${JSON.stringify(stageEnv(final))}, CMD ${JSON.stringify(cmd)}`);
    await bootChecks(appDir, stageEnv(final), cmd);
    log(`done in ${seconds(t0)}`);
  } finally {
    if (keep) log(`kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`[dry-build] FAILED: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
