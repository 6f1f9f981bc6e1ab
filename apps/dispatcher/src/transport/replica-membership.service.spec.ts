import { MetricsRegistry } from '@app/common';
import { AppConfig } from '@app/config';
import { ControlChannel, ControlMessage } from '@app/messaging';
import { DispatcherReplicaRepository } from '@app/persistence';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { ReplicaMembership } from './replica-membership.service';

const KEY = Buffer.alloc(32, 1).toString('base64');
const SECRETS = { META_APP_SECRET: 'm'.repeat(32), META_VERIFY_TOKEN: 'v'.repeat(32), ADMIN_TOKEN: 'a'.repeat(32), ENCRYPTION_KEYS: `k1:${KEY}` };
const LEASE_MS = 15_000;

/** dispatcher_replicas with a clock the test moves: a row is live while its beat is younger than the lease. */
class FakeReplicas {
  now = 0;
  readonly beats = new Map<string, number>();
  failing = false;
  /** When set, a beat waits here before it writes (a statement queued or slow on its connection). */
  beforeWrite: Promise<void> | null = null;
  /** When set, a beat reads the members, then waits here before answering (a slow reply). */
  afterRead: Promise<void> | null = null;
  async beat(id: string, leaseMs: number): Promise<string[]> {
    if (this.failing) throw new Error('database unreachable');
    const answered = this.afterRead;
    await this.beforeWrite;
    this.beats.set(id, this.now);
    const live = await this.live(leaseMs);
    await answered;
    return live;
  }
  async live(leaseMs: number): Promise<string[]> {
    if (this.failing) throw new Error('database unreachable');
    return [...this.beats].filter(([, at]) => at > this.now - leaseMs).map(([id]) => id);
  }
  async deregister(id: string): Promise<void> {
    this.beats.delete(id);
  }
  async pruneDead(): Promise<void> {}
}

const made: ReplicaMembership[] = [];

function replica(db: FakeReplicas, env: Record<string, string> = {}) {
  const sent: ControlMessage[] = [];
  const control = { publish: async (m: ControlMessage) => void sent.push(m) };
  const membership = new ReplicaMembership(
    new AppConfig({ ...SECRETS, DISPATCHER_LEASE: `${LEASE_MS / 1000}s`, ...env }),
    db as unknown as DispatcherReplicaRepository,
    control as unknown as ControlChannel,
    new DispatcherMetrics(new MetricsRegistry()),
  );
  made.push(membership);
  const changes = { count: 0 };
  return { membership, sent, changes, start: () => membership.start(() => changes.count++) };
}

/** Two replicas started and registered, the first having read the other's heartbeat. */
async function twoJoined(db: FakeReplicas) {
  const pair = [replica(db), replica(db)] as const;
  for (const r of pair) {
    await r.start();
    await r.membership.join();
  }
  await pair[0].membership.refresh();
  return pair;
}

const endpoints = Array.from({ length: 300 }, (_, i) => `endpoint-${i}`);

describe('ReplicaMembership', () => {
  afterEach(async () => {
    for (const m of made.splice(0)) await m.leave();
  });

  it('counts itself in before registering, and registers and announces itself only on join', async () => {
    const db = new FakeReplicas();
    const a = replica(db);
    await a.start();
    expect(a.membership.live).toEqual([a.membership.id]);
    expect(db.beats.size).toBe(0);
    await a.membership.join();
    expect([...db.beats.keys()]).toEqual([a.membership.id]);
    expect(a.sent).toEqual([{ kind: 'replicas.changed' }]);
  });

  it('gives every endpoint to exactly one of the live replicas, all agreeing', async () => {
    const db = new FakeReplicas();
    const all = [replica(db), replica(db), replica(db)];
    for (const r of all) {
      await r.start();
      await r.membership.join();
    }
    for (const r of all) await r.membership.heartbeat();
    for (const e of endpoints) expect(all.filter((r) => r.membership.owns(e))).toHaveLength(1);
    for (const r of all) expect(endpoints.filter((e) => r.membership.owns(e)).length).toBeGreaterThan(50);
  });

  it('drops a replica whose beat is older than the lease; the survivors own everything and are told to re-evaluate', async () => {
    const db = new FakeReplicas();
    const [a, b, c] = [replica(db), replica(db), replica(db)];
    for (const r of [a, b, c]) {
      await r.start();
      await r.membership.join();
    }
    for (const r of [a, b, c]) await r.membership.heartbeat();
    const before = { a: a.changes.count, b: b.changes.count };
    // c stops beating (SIGKILL); a and b beat on.
    db.now += LEASE_MS - 1;
    await a.membership.heartbeat();
    await b.membership.heartbeat();
    expect(a.membership.live).toHaveLength(3); // not yet past the lease
    db.now += 2;
    await a.membership.heartbeat();
    await b.membership.heartbeat();
    expect(a.membership.live).toEqual([a.membership.id, b.membership.id].sort());
    expect(a.changes.count).toBe(before.a + 1);
    expect(b.changes.count).toBe(before.b + 1);
    for (const e of endpoints) expect([a, b].filter((r) => r.membership.owns(e))).toHaveLength(1);
  });

  it('on leave deregisters and announces, so the others re-read at once', async () => {
    const db = new FakeReplicas();
    const [a, b] = await twoJoined(db);
    expect(a.membership.live).toHaveLength(2);
    b.sent.length = 0;
    await b.membership.leave();
    expect(db.beats.has(b.membership.id)).toBe(false);
    expect(b.sent).toEqual([{ kind: 'replicas.changed' }]);
    const changes = a.changes.count;
    await a.membership.refresh();
    expect(a.membership.live).toEqual([a.membership.id]);
    expect(a.changes.count).toBe(changes + 1);
  });

  it('on leave waits for a beat in flight, so the beat cannot register it again after the delete', async () => {
    const db = new FakeReplicas();
    const [a, b] = await twoJoined(db);
    let write!: () => void;
    db.beforeWrite = new Promise((r) => (write = r));
    const beat = b.membership.heartbeat();
    const leave = b.membership.leave();
    write();
    await Promise.all([beat, leave]);
    expect(db.beats.has(b.membership.id)).toBe(false);
    await a.membership.refresh();
    expect(a.membership.live).toEqual([a.membership.id]);
    await b.membership.heartbeat(); // a timer tick after leaving writes nothing
    expect(db.beats.has(b.membership.id)).toBe(false);
  });

  it('does not adopt a member list read before one it already adopted', async () => {
    const db = new FakeReplicas();
    const [a, b] = await twoJoined(db);
    let answer!: () => void;
    db.afterRead = new Promise((r) => (answer = r));
    const slowBeat = a.membership.heartbeat(); // reads both replicas; its answer is late
    db.afterRead = null;
    await new Promise((r) => setImmediate(r));
    await b.membership.leave();
    await a.membership.refresh(); // told by b's announcement
    expect(a.membership.live).toEqual([a.membership.id]);
    const changes = a.changes.count;
    answer();
    await slowBeat;
    expect(a.membership.live).toEqual([a.membership.id]);
    expect(a.changes.count).toBe(changes);
  });

  it('keeps its members while the database is unreachable, and always counts itself alive', async () => {
    const db = new FakeReplicas();
    const [a] = await twoJoined(db);
    db.failing = true;
    await a.membership.heartbeat();
    expect(a.membership.live).toHaveLength(2);
    db.failing = false;
    db.beats.delete(a.membership.id); // e.g. pruned after a long outage
    await a.membership.refresh();
    expect(a.membership.live).toContain(a.membership.id);
  });

  it('owns every endpoint and never touches the registry with DISPATCHER_QUEUE_SHARING=all', async () => {
    const db = new FakeReplicas();
    const a = replica(db, { DISPATCHER_QUEUE_SHARING: 'all' });
    await a.start();
    await a.membership.join();
    await a.membership.heartbeat();
    expect(db.beats.size).toBe(0);
    expect(a.sent).toEqual([]);
    expect(endpoints.every((e) => a.membership.owns(e))).toBe(true);
    expect(a.membership.heartbeatProblem()).toBeNull();
  });

  it('is not ready as a member until registered, once its beat is older than the lease, or after leaving', async () => {
    const db = new FakeReplicas();
    const a = replica(db);
    await a.start();
    expect(a.membership.heartbeatProblem()).toBe('not registered among the dispatcher replicas');
    await a.membership.join();
    const beatAt = performance.now();
    expect(a.membership.heartbeatProblem()).toBeNull();
    db.failing = true;
    await a.membership.heartbeat();
    // The failed beat does not count: the age runs from the last one written.
    expect(a.membership.heartbeatProblem(beatAt + LEASE_MS - 1000)).toBeNull();
    expect(a.membership.heartbeatProblem(beatAt + LEASE_MS + 1000)).toMatch(/^membership heartbeat \d+ ms old, older than the lease \(15000 ms\)/);
    db.failing = false;
    await a.membership.heartbeat();
    expect(a.membership.heartbeatProblem(performance.now() + LEASE_MS - 1000)).toBeNull();
    await a.membership.leave();
    expect(a.membership.heartbeatProblem()).toBe('not registered among the dispatcher replicas');
  });

  it('is not ready when its first beat failed', async () => {
    const db = new FakeReplicas();
    const a = replica(db);
    await a.start();
    db.failing = true;
    await a.membership.join();
    expect(a.membership.heartbeatProblem()).toMatch(/^membership heartbeat never written/);
  });
});
