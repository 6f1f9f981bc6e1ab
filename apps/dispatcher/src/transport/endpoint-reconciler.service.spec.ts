import { AppConfig } from '@app/config';
import { MetricsRegistry } from '@app/common';
import { ControlChannel, ControlMessage, EndpointTopology } from '@app/messaging';
import { EndpointChanges, VersionedEndpoint, WebhookEndpointEntity, WebhookEndpointRepository } from '@app/persistence';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { CHANGE_OVERLAP_MS, EndpointConsumerSet, EndpointReconciler, PASS_CONCURRENCY } from './endpoint-reconciler.service';
import { ReplicaMembership } from './replica-membership.service';

const KEY = Buffer.alloc(32, 1).toString('base64');
const SECRETS = { META_APP_SECRET: 'm'.repeat(32), META_VERIFY_TOKEN: 'v'.repeat(32), ADMIN_TOKEN: 'a'.repeat(32), ENCRYPTION_KEYS: `k1:${KEY}` };

function endpoint(id: string): WebhookEndpointEntity {
  return Object.assign(new WebhookEndpointEntity(), { id, workspaceId: 'ws', events: ['*'], enabled: true });
}

/** The database as the reconciler reads it: rows with versions, deletion markers, a clock. */
class FakeEndpoints {
  rows = new Map<string, VersionedEndpoint>();
  deletions: string[] = [];
  now = new Date('2026-01-01T00:00:00Z');
  readonly sinceAsked: Date[] = [];
  fullReads = 0;

  put(id: string, version: string): void {
    this.rows.set(id, { endpoint: endpoint(id), version });
  }
  async readAll(): Promise<EndpointChanges> {
    this.fullReads++;
    return { readAt: this.now, changed: [...this.rows.values()], deleted: [] };
  }
  async changesSince(since: Date): Promise<EndpointChanges> {
    this.sinceAsked.push(since);
    return { readAt: this.now, changed: [...this.rows.values()], deleted: [...this.deletions] };
  }
  async findVersionedMany(ids: string[]): Promise<VersionedEndpoint[]> {
    return ids.flatMap((id) => (this.rows.has(id) ? [this.rows.get(id)!] : []));
  }
  async pruneDeletions(): Promise<number> {
    return 0;
  }
}

class FakeConsumers implements EndpointConsumerSet {
  readonly consumed = new Set<string>();
  readonly calls: string[] = [];
  async consume(e: WebhookEndpointEntity): Promise<void> {
    this.calls.push(e.id);
    this.consumed.add(e.id);
  }
  async release(id: string): Promise<void> {
    this.consumed.delete(id);
  }
  readonly handedOver: string[] = [];
  async handOver(id: string): Promise<void> {
    this.handedOver.push(id);
    this.consumed.delete(id);
  }
  consuming(id: string): boolean {
    return this.consumed.has(id);
  }
  get size(): number {
    return this.consumed.size;
  }
}

/** Ownership as a set of ids this replica owns (null: every endpoint, as with DISPATCHER_QUEUE_SHARING=all). */
class FakeMembership {
  mine: Set<string> | null = null;
  onChange: () => void = () => undefined;
  joined = false;
  owns(id: string): boolean {
    return this.mine === null || this.mine.has(id);
  }
  async start(onChange: () => void): Promise<void> {
    this.onChange = onChange;
  }
  async join(): Promise<void> {
    this.joined = true;
  }
  async leave(): Promise<void> {
    this.joined = false;
  }
  async refresh(): Promise<void> {}
}

/** Stopped after each test (their RECONCILE_INTERVAL timer). */
const made: EndpointReconciler[] = [];

function setup(env: Record<string, string> = {}) {
  const db = new FakeEndpoints();
  const consumers = new FakeConsumers();
  const topology = { apply: jest.fn(async () => undefined) };
  const control = { subscribe: jest.fn(async (_handler: (m: ControlMessage) => Promise<void> | void) => undefined) };
  const membership = new FakeMembership();
  const reconciler = new EndpointReconciler(
    new AppConfig({ ...SECRETS, RECONCILE_INTERVAL: '1h', ...env }),
    db as unknown as WebhookEndpointRepository,
    control as unknown as ControlChannel,
    topology as unknown as EndpointTopology,
    new DispatcherMetrics(new MetricsRegistry()),
    membership as unknown as ReplicaMembership,
  );
  made.push(reconciler);
  return { db, consumers, topology, control, membership, reconciler };
}

describe('EndpointReconciler', () => {
  // RECONCILE_INTERVAL is an hour: the passes below are the test's calls, never the timer's.
  afterEach(async () => {
    for (const r of made.splice(0)) await r.stop();
  });

  it('reads everything at start, then only changes since shortly before its previous read', async () => {
    const { db, consumers, reconciler } = setup();
    db.put('a', '1');
    db.put('b', '1');
    await reconciler.start(consumers);
    expect([...consumers.consumed].sort()).toEqual(['a', 'b']);
    expect(db.fullReads).toBe(1);

    const firstRead = db.now;
    db.now = new Date(firstRead.getTime() + 30_000);
    await reconciler.followChanges();
    expect(db.sinceAsked).toEqual([new Date(firstRead.getTime() - CHANGE_OVERLAP_MS)]);
    expect(db.fullReads).toBe(1);
  });

  it('applies a row again only when its version changed, and forgets deleted endpoints', async () => {
    const { db, consumers, topology, reconciler } = setup();
    db.put('a', '1');
    db.put('b', '1');
    await reconciler.start(consumers);
    consumers.calls.length = 0;

    await reconciler.followChanges();
    expect(consumers.calls).toEqual([]); // same versions inside the overlap: nothing to do

    db.put('a', '2');
    db.put('c', '1');
    await reconciler.followChanges();
    expect(consumers.calls.sort()).toEqual(['a', 'c']);

    db.rows.delete('b');
    db.deletions = ['b'];
    await reconciler.followChanges();
    expect([...consumers.consumed].sort()).toEqual(['a', 'c']);
    // The deleted endpoint's queue is removed (apply to null).
    expect(topology.apply).toHaveBeenCalledWith(expect.objectContaining({ id: 'b' }), null);
  });

  it('a control message applies the row with its version, so the next read does not apply it again', async () => {
    const { db, consumers, reconciler } = setup();
    await reconciler.start(consumers);
    db.put('new', '7');
    await reconciler.refresh(['new']);
    expect(consumers.calls).toEqual(['new']);
    await reconciler.followChanges();
    expect(consumers.calls).toEqual(['new']);
    db.rows.delete('new');
    await reconciler.refresh(['new']);
    expect(consumers.size).toBe(0);
  });

  it('a batched control message reads its endpoints in one query, applies those found and forgets the deleted', async () => {
    const { db, consumers, control, reconciler } = setup();
    db.put('gone', '1');
    await reconciler.start(consumers);
    db.rows.delete('gone');
    db.put('x', '1');
    db.put('y', '1');
    const reads = jest.spyOn(db, 'findVersionedMany');
    const handler = control.subscribe.mock.calls[0][0];
    await handler({ kind: 'endpoints.changed', endpoint_ids: ['x', 'gone', 'y'] });
    await reconciler.serialized(async () => undefined);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(reads).toHaveBeenCalledWith(['x', 'gone', 'y']);
    expect([...consumers.consumed].sort()).toEqual(['x', 'y']);
  });

  it('consumes only the endpoints it owns, heals only those, and joins the replicas after its first pass', async () => {
    const { db, consumers, topology, membership, reconciler } = setup();
    for (const id of ['a', 'b', 'c']) db.put(id, '1');
    membership.mine = new Set(['a', 'c']);
    await reconciler.start(consumers);
    expect([...consumers.consumed].sort()).toEqual(['a', 'c']);
    expect(
      topology.apply.mock.calls
        .map((c) => (c as unknown[])[1] as { id: string })
        .map((e) => e.id)
        .sort(),
    ).toEqual(['a', 'c']);
    expect(membership.joined).toBe(true);
    await reconciler.stop();
    expect(membership.joined).toBe(false);
  });

  it('rebalances when the members change: takes up what it owns now, hands over what it no longer owns', async () => {
    const { db, consumers, membership, reconciler } = setup();
    for (const id of ['a', 'b', 'c', 'd']) db.put(id, '1');
    membership.mine = new Set(['a', 'b']);
    await reconciler.start(consumers);
    membership.mine = new Set(['b', 'c', 'd']);
    await reconciler.rebalance();
    expect([...consumers.consumed].sort()).toEqual(['b', 'c', 'd']);
    expect(consumers.handedOver).toEqual(['a']);
    // A row changed while another replica owned it is taken up with its current version.
    db.put('a', '2');
    await reconciler.followChanges();
    expect(consumers.consumed.has('a')).toBe(false);
  });

  it('applies the endpoints of a full pass concurrently, within its bound, and a control message only after the whole pass', async () => {
    const { db, consumers, topology, control, reconciler } = setup();
    const ids = Array.from({ length: PASS_CONCURRENCY * 3 }, (_, i) => `e${i}`);
    for (const id of ids) db.put(id, '1');
    let inFlight = 0;
    let peak = 0;
    const order: string[] = [];
    const consume = consumers.consume.bind(consumers);
    consumers.consume = async (e) => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight--;
      order.push(e.id);
      return consume(e);
    };
    const started = reconciler.start(consumers);
    // Subscribed before the pass: a change arriving now waits for the pass to finish.
    while (control.subscribe.mock.calls.length === 0) await new Promise((r) => setImmediate(r));
    db.put('e0', '2');
    const handled = control.subscribe.mock.calls[0][0]({ kind: 'endpoints.changed', endpoint_ids: ['e0'] });
    await started;
    await handled;
    expect(peak).toBe(PASS_CONCURRENCY);
    expect(order.slice(0, ids.length).sort()).toEqual([...ids].sort());
    expect(order.slice(ids.length)).toEqual(['e0']);
    // Every endpoint seen for the first time was healed (declared and bound) once, by this pass.
    expect(topology.apply).toHaveBeenCalledTimes(ids.length);
  });

  it('a full pass fails when applying an endpoint fails, and starts no endpoint after it', async () => {
    const { db, consumers, reconciler } = setup();
    for (let i = 0; i < PASS_CONCURRENCY * 2; i++) db.put(`e${i}`, '1');
    consumers.consume = async (e) => {
      consumers.calls.push(e.id);
      if (e.id === 'e0') throw new Error('channel closed');
    };
    await expect(reconciler.start(consumers)).rejects.toThrow('channel closed');
    expect(consumers.calls.length).toBeLessThanOrEqual(PASS_CONCURRENCY);
  });

  it('ignores a control message for an endpoint another replica owns, and applies one it still consumes', async () => {
    const { db, consumers, control, membership, reconciler } = setup();
    db.put('mine', '1');
    db.put('theirs', '1');
    membership.mine = new Set(['mine', 'theirs']);
    await reconciler.start(consumers);
    const handler = control.subscribe.mock.calls[0][0];
    membership.mine = new Set(['mine']);
    db.put('other', '1');
    consumers.calls.length = 0;
    await handler({ kind: 'endpoints.changed', endpoint_ids: ['other'] });
    await reconciler.serialized(async () => undefined);
    expect(consumers.calls).toEqual([]);
    // Still consumed here after an ownership change: the message hands it over at once.
    await handler({ kind: 'endpoints.changed', endpoint_ids: ['theirs'] });
    await reconciler.serialized(async () => undefined);
    expect(consumers.handedOver).toEqual(['theirs']);
  });
});
