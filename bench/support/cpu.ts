/**
 * CPU time (user + system, from /proc/<pid>/stat) spent by processes over a measured window, so a
 * scenario can report CPU milliseconds per 1,000 events: unlike throughput on a shared box, CPU per
 * event barely moves from run to run.
 *
 *   const meter = CpuMeter.start({ ingest: pids(app.pid), postgres: postgresDatabase(env.databaseUrl) });
 *   … load …
 *   const used = meter.stop(); // { ingest: 1234, postgres: 567 } in ms
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Row } from './report';

/** Clock ticks per second of utime/stime (`getconf CLK_TCK`; 100 on Linux x86 and arm). */
const TICK_MS = 1000 / clockTicks();

function clockTicks(): number {
  try {
    const v = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return v > 0 ? v : 100;
  } catch {
    return 100;
  }
}

interface ProcStat {
  pid: number;
  /** pid + start time: a pid reused by a new process is another key. */
  key: string;
  ppid: number;
  comm: string;
  /** utime + stime, ticks. */
  own: number;
  /** cutime + cstime: children this process has reaped, ticks. */
  reaped: number;
}

function readStat(pid: number): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return null; // gone
  }
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  const f = text.slice(close + 2).split(' '); // f[0] is field 3 (state)
  return {
    pid,
    key: `${pid}:${f[19]}`,
    ppid: Number(f[1]),
    comm: text.slice(open + 1, close),
    own: Number(f[11]) + Number(f[12]),
    reaped: Number(f[13]) + Number(f[14]),
  };
}

function allStats(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = readStat(Number(name));
    if (s) out.push(s);
  }
  return out;
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/**
 * What to measure. `sampled`: the processes the selector returns, read every 200 ms and at the end;
 * one that exits in the window counts up to its last reading (so long-lived processes suit it best).
 * `tree`: a parent and its children, read at start and end only; children that exit in the window are
 * counted through the parent's cutime/cstime, so nothing is missed as long as the parent reaps them.
 */
export type CpuSource = { kind: 'sampled'; select: () => number[] } | { kind: 'tree'; root: () => number | undefined };

/** Fixed processes (our children, the raw servers). Undefined pids are skipped. */
export function pids(...list: (number | undefined)[]): CpuSource {
  const fixed = list.filter((p): p is number => p !== undefined);
  return { kind: 'sampled', select: () => fixed };
}

function databaseName(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
}

/**
 * The PostgreSQL backends serving one database (`postgres: … <user> <database> <client> …` in their
 * command line): this run's share of a server that other work on the box uses too. The apps pool their
 * connections, so these backends live through the window. WAL writing and checkpoints done for these
 * backends by the server's background processes are not in it (see postgresServer()).
 */
export function postgresDatabase(databaseUrl: string): CpuSource {
  const needle = ` ${databaseName(databaseUrl)} `;
  return {
    kind: 'sampled',
    select: () =>
      allStats()
        .filter((s) => s.comm === 'postgres' && cmdline(s.pid).includes(needle))
        .map((s) => s.pid),
  };
}

/**
 * Every process of the PostgreSQL server behind `databaseUrl` (the postmaster listening on its port and
 * its children, background writers included): all work on that shared server, other databases too.
 */
export function postgresServer(databaseUrl: string): CpuSource {
  return {
    kind: 'tree',
    root: () => {
      const inodes = listeningInodes(Number(new URL(databaseUrl).port || 5432));
      const stats = allStats();
      const byPid = new Map(stats.map((s) => [s.pid, s]));
      // Other servers may run on the box (tests start private ones): the one on this port.
      return stats.find((s) => s.comm === 'postgres' && byPid.get(s.ppid)?.comm !== 'postgres' && holdsSocket(s.pid, inodes))?.pid;
    },
  };
}

/** Inodes of the sockets listening on a TCP port (/proc/net/tcp and tcp6). */
function listeningInodes(port: number): Set<string> {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'latin1');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length > 9 && f[1].endsWith(`:${hex}`) && f[3] === '0A') inodes.add(f[9]);
    }
  }
  return inodes;
}

function holdsSocket(pid: number, inodes: Set<string>): boolean {
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m && inodes.has(m[1])) return true;
    }
  } catch {
    // not ours to read, or gone
  }
  return false;
}

/**
 * The RabbitMQ node (beam.smp, one long-lived process) listening on the port of `amqpUrl`, so another
 * node on the box is not counted; every beam.smp when that cannot be told. Its vhosts are shared with
 * other work on the box.
 */
export function rabbitmq(amqpUrl: string): CpuSource {
  const inodes = listeningInodes(Number(new URL(amqpUrl).port || 5672));
  let chosen: number[] | null = null;
  return {
    kind: 'sampled',
    select: () => {
      if (chosen) return chosen;
      const beams = allStats()
        .filter((s) => s.comm === 'beam.smp')
        .map((s) => s.pid);
      const listening = beams.filter((pid) => holdsSocket(pid, inodes));
      chosen = listening.length > 0 ? listening : beams;
      return chosen;
    },
  };
}

interface TreeReading {
  root: ProcStat;
  children: Map<string, number>;
}

function readTree(rootPid: number | undefined): TreeReading | null {
  if (rootPid === undefined) return null;
  const root = readStat(rootPid);
  if (!root) return null;
  const children = new Map<string, number>();
  for (const s of allStats()) if (s.ppid === rootPid) children.set(s.key, s.own);
  return { root, children };
}

class SampledCounter {
  private readonly first = new Map<string, number>();
  private readonly last = new Map<string, number>();
  private started = false;

  constructor(private readonly select: () => number[]) {}

  read(): void {
    for (const pid of this.select()) {
      const s = readStat(pid);
      if (!s) continue;
      // A process first seen after the start began in the window: all its time is in it.
      if (!this.first.has(s.key)) this.first.set(s.key, this.started ? 0 : s.own);
      this.last.set(s.key, s.own);
    }
    this.started = true;
  }

  ticks(): number {
    let sum = 0;
    for (const [k, v] of this.last) sum += v - (this.first.get(k) ?? 0);
    return sum;
  }
}

class TreeCounter {
  private readonly start: TreeReading | null;

  constructor(private readonly root: () => number | undefined) {
    this.start = readTree(root());
  }

  ticks(): number {
    const end = readTree(this.start?.root.pid);
    if (!this.start || !end || end.root.key !== this.start.root.key) return NaN;
    let sum = end.root.own - this.start.root.own + (end.root.reaped - this.start.root.reaped);
    for (const [k, v] of end.children) sum += v - (this.start.children.get(k) ?? 0);
    // Children gone since the start are in the parent's reaped time, whole lifetime included: take off what was before the window.
    for (const [k, v] of this.start.children) if (!end.children.has(k)) sum -= v;
    return sum;
  }
}

/** CPU ms per source over the window between start() and stop(). */
export class CpuMeter {
  private readonly sampled = new Map<string, SampledCounter>();
  private readonly trees = new Map<string, TreeCounter>();
  private readonly timer: NodeJS.Timeout;
  private readonly startedAt = performance.now();

  private constructor(sources: Record<string, CpuSource>) {
    for (const [name, src] of Object.entries(sources)) {
      if (src.kind === 'sampled') this.sampled.set(name, new SampledCounter(src.select));
      else this.trees.set(name, new TreeCounter(src.root));
    }
    this.readAll();
    this.timer = setInterval(() => this.readAll(), 200);
    this.timer.unref();
  }

  static start(sources: Record<string, CpuSource>): CpuMeter {
    return new CpuMeter(sources);
  }

  private readAll(): void {
    for (const c of this.sampled.values()) c.read();
  }

  /** Ends the window: CPU ms per source (NaN where a tree's root vanished), and the window's wall time. */
  stop(): CpuUsage {
    clearInterval(this.timer);
    this.readAll();
    const ms: Record<string, number> = {};
    for (const [name, c] of this.sampled) ms[name] = c.ticks() * TICK_MS;
    for (const [name, c] of this.trees) ms[name] = c.ticks() * TICK_MS;
    return { ms, wallMs: performance.now() - this.startedAt };
  }
}

export interface CpuUsage {
  /** CPU ms per source. */
  ms: Record<string, number>;
  wallMs: number;
}

/** The usual sources of a scenario: our/raw processes by name, plus this run's PostgreSQL backends, the whole PostgreSQL server and RabbitMQ. */
export function startCpu(processes: Record<string, (number | undefined)[]>, env: { databaseUrl: string; amqpUrl: string }): CpuMeter {
  const sources: Record<string, CpuSource> = {};
  for (const [name, list] of Object.entries(processes)) sources[name] = pids(...list);
  sources['PostgreSQL (this database)'] = postgresDatabase(env.databaseUrl);
  sources['PostgreSQL (whole server)'] = postgresServer(env.databaseUrl);
  sources['RabbitMQ (whole node)'] = rabbitmq(env.amqpUrl);
  return CpuMeter.start(sources);
}

export function perThousand(cpuMs: number, events: number): number {
  return events > 0 ? (cpuMs / events) * 1000 : NaN;
}

function fmt(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return v < 10 ? v.toFixed(1) : v < 100 ? v.toFixed(0) : Math.round(v).toLocaleString('en-US');
}

export function times(value: number, raw: number): string {
  return Number.isFinite(value) && Number.isFinite(raw) && raw > 0 ? `${(value / raw).toFixed(2)}×` : '';
}

export interface CpuComparison {
  /** Our window and the number of events (or deliveries) it handled. */
  ours: CpuUsage;
  oursEvents: number;
  raw: CpuUsage;
  rawEvents: number;
  /** Which of our processes pairs with which raw one, with an optional target ratio (e.g. 1.5). */
  pairs: { ours: string; raw: string; target?: number }[];
  /** "events" or "deliveries". */
  unit: string;
}

/**
 * Table rows "CPU ms per 1,000 <unit>": each pair of processes, then PostgreSQL and RabbitMQ for both
 * windows. The ratio column is ours ÷ raw (lower is better).
 */
export function cpuRows(scenario: string, label: string, c: CpuComparison): Row[] {
  const per = (u: CpuUsage, name: string, n: number) => perThousand(u.ms[name] ?? NaN, n);
  const rows: Row[] = c.pairs.map((p) => {
    const o = per(c.ours, p.ours, c.oursEvents);
    const r = per(c.raw, p.raw, c.rawEvents);
    return {
      scenario,
      measure: `CPU ms / 1,000 ${c.unit}, ${label}: ${p.ours}`,
      value: fmt(o),
      raw: `${fmt(r)} (${p.raw})`,
      ratio: times(o, r),
      target: p.target ? `≤ ${p.target}× raw` : '',
      note: `user + system time of the process over the measured window (${int(c.oursEvents)} ${c.unit}; raw ${int(c.rawEvents)})`,
    };
  });
  for (const shared of ['PostgreSQL (this database)', 'RabbitMQ (whole node)', 'PostgreSQL (whole server)']) {
    const o = per(c.ours, shared, c.oursEvents);
    const r = per(c.raw, shared, c.rawEvents);
    rows.push({
      scenario,
      measure: `CPU ms / 1,000 ${c.unit}, ${label}: ${shared}`,
      value: fmt(o),
      raw: fmt(r),
      ratio: times(o, r),
      note: shared.includes('this database')
        ? 'backends connected to this run’s database'
        : 'shared with everything else on the box (other databases and vhosts too): noisy',
    });
  }
  return rows;
}

function int(v: number): string {
  return Math.round(v).toLocaleString('en-US');
}
