import { Logger } from '@nestjs/common';
import { MetricsRegistry } from '@app/common';
import { AppConfig } from '@app/config';
import { EventEnvelope } from '@app/events';
import { EventPublisher, PublishableEvent } from '@app/messaging';
import { EventRepository } from '@app/persistence';
import { DataSource } from 'typeorm';
import { IngestMetrics } from './ingest-metrics.service';
import { OutboxService } from './outbox.service';

// Development mode: the pure logic under test needs no real secrets.
const config = new AppConfig({ NODE_ENV: 'development', OUTBOX_RELAY_AFTER: '2s' });
const settle = () => new Promise((r) => setTimeout(r, 80));

// The relay logs what it re-publishes on purpose; keep the test output readable.
beforeAll(() => Logger.overrideLogger(false));

function envelope(id: string): EventEnvelope {
  return { id, type: 'message.received', created_at: '2026-11-30T10:00:00Z', workspace_id: 'ws-1', waba_id: 'w', phone_number_id: null, data: {}, raw: null };
}

/** An outbox over an in-memory events table and a broker whose answers the test decides. */
function outboxWith(opts: { ready?: boolean; fail?: (id: string) => boolean } = {}) {
  const unpublished = new Map<string, EventEnvelope>();
  const published: string[] = [];
  const marked: string[] = [];
  const claimedExcluding: string[][] = [];
  const events = {
    markPublished: async (keys: { id: string }[]) => {
      for (const { id } of keys) {
        marked.push(id);
        unpublished.delete(id);
      }
    },
    claimUnpublished: async (_m: unknown, _older: number, limit: number, exclude: string[]) => {
      claimedExcluding.push(exclude);
      return [...unpublished.values()]
        .filter((e) => !exclude.includes(e.id))
        .slice(0, limit)
        .map((e) => ({ id: e.id, createdAt: new Date(e.created_at), workspaceId: e.workspace_id, type: e.type, envelope: e }));
    },
    countUnpublished: async () => unpublished.size,
  } as unknown as EventRepository;
  const publisher = {
    isReady: opts.ready ?? true,
    publish: async (e: PublishableEvent) => {
      if (opts.fail?.(e.id)) throw new Error('nack');
      published.push(e.id);
    },
  } as unknown as EventPublisher;
  const dataSource = { transaction: (fn: (m: unknown) => Promise<unknown>) => fn({}) } as unknown as DataSource;
  const outbox = new OutboxService(config, dataSource, events, publisher, new IngestMetrics(new MetricsRegistry()));
  const commit = (...ids: string[]) => {
    const list = ids.map(envelope);
    for (const e of list) unpublished.set(e.id, e);
    outbox.publishCommitted(list.map((e) => ({ envelope: e, json: JSON.stringify(e) })));
  };
  return { outbox, commit, published, marked, unpublished, claimedExcluding };
}

describe('OutboxService', () => {
  it('publishes committed events at once and marks the confirmed ones published in one batch', async () => {
    const t = outboxWith();
    t.commit('evt_1', 'evt_2', 'evt_3');
    await settle();
    expect(t.published).toEqual(['evt_1', 'evt_2', 'evt_3']);
    expect(t.marked.sort()).toEqual(['evt_1', 'evt_2', 'evt_3']);
    expect(t.unpublished.size).toBe(0);
  });

  it('publishes nothing while the broker channel is down: the relay takes those events later', async () => {
    const t = outboxWith({ ready: false });
    t.commit('evt_1');
    await settle();
    expect(t.published).toEqual([]);
    expect(t.unpublished.has('evt_1')).toBe(true);
  });

  it('leaves a nacked event unmarked, and the relay re-publishes it', async () => {
    let nacks = 1;
    const t = outboxWith({ fail: (id) => id === 'evt_2' && nacks-- > 0 });
    t.commit('evt_1', 'evt_2');
    await settle();
    expect(t.marked).toEqual(['evt_1']);
    expect(await t.outbox.relayOnce()).toBe(1);
    expect(t.published).toEqual(['evt_1', 'evt_2']);
    expect(t.marked).toEqual(['evt_1', 'evt_2']);
  });

  it('the relay skips events still in flight here, so a slow confirm is never published twice', async () => {
    let release!: () => void;
    const pending = new Promise<void>((r) => (release = r));
    const t = outboxWith();
    (t.outbox as unknown as { publisher: { publish: (e: PublishableEvent) => Promise<void> } }).publisher.publish = async (e) => {
      await pending;
      t.published.push(e.id);
    };
    t.commit('evt_slow');
    expect(await t.outbox.relayOnce()).toBe(0);
    expect(t.claimedExcluding[0]).toEqual(['evt_slow']);
    release();
    await settle();
    expect(t.published).toEqual(['evt_slow']);
  });

  it('reports a batch with a failed publish as incomplete so the relay loop backs off', async () => {
    const t = outboxWith({ fail: (id) => id === 'evt_b' });
    for (const id of ['evt_a', 'evt_b']) t.unpublished.set(id, envelope(id));
    expect(await t.outbox.relayOnce()).toBe(0);
    expect(t.marked).toEqual(['evt_a']);
  });
});
