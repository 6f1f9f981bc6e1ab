import { Logger } from '@nestjs/common';
import { MetricsRegistry } from '@app/common';
import { AppConfig } from '@app/config';
import { EndpointRequeuePublisher, EndpointTopology, RequeueMessage } from '@app/messaging';
import { DeliverySweepRepository, EventRepository, StrandedDelivery } from '@app/persistence';
import { DeliverySweeper } from './delivery-sweeper.service';

const config = new AppConfig({ NODE_ENV: 'development', DELIVERY_SWEEP_GRACE: '10m' });
const NOW = new Date('2026-05-12T12:00:00Z');

function stranded(n: number, endpoint: string): StrandedDelivery[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `dlv_${endpoint}_${i}`,
    event_id: `evt_${endpoint}_${i}`,
    workspace_id: 'ws-1',
    attempt_count: i,
    event_day: '2026-05-12',
  }));
}

/** The sweeper over fakes: `waiting` is what each endpoint's claim hands out, `backlog` its queue depth. */
function sweeperWith(opts: { waiting: Record<string, StrandedDelivery[]>; backlog?: Record<string, number | null>; orphans?: number; expired?: string[] }) {
  const cutoffs: Date[] = [];
  const failed: string[] = [];
  const published: RequeueMessage[] = [];
  const repo = {
    settleOrphans: async () => opts.orphans ?? 0,
    endpointsWithStranded: async (cutoff: Date) => (
      cutoffs.push(cutoff),
      Object.entries(opts.waiting).map(([endpoint_id, rows]) => ({ endpoint_id, stranded: rows.length }))
    ),
    claimStranded: async (endpointId: string) => opts.waiting[endpointId].splice(0, 500),
    markFailed: async (ids: string[]) => void failed.push(...ids),
  } as unknown as DeliverySweepRepository;
  const events = {
    findForWorkspace: async (_ws: string, id: string) => (opts.expired?.includes(id) ? null : { id, envelope: { id } }),
  } as unknown as EventRepository;
  const topology = { backlog: async (id: string) => (opts.backlog && id in opts.backlog ? opts.backlog[id] : 0) } as unknown as EndpointTopology;
  // The publisher's own message building, over a fake broker send.
  const requeue = Object.assign(Object.create(EndpointRequeuePublisher.prototype) as EndpointRequeuePublisher, {
    requeue: async (m: RequeueMessage) => void published.push(m),
  });
  return { sweeper: new DeliverySweeper(config, repo, events, topology, requeue, new MetricsRegistry()), cutoffs, failed, published };
}

beforeAll(() => Logger.overrideLogger(false));

describe('DeliverySweeper', () => {
  it('re-publishes claimed deliveries with a fresh schedule, the sweep trigger and the next attempt number', async () => {
    const t = sweeperWith({ waiting: { 'ep-1': stranded(2, 'ep-1') } });
    expect(await t.sweeper.runOnce(NOW)).toEqual({ republished: 2, endpoint_deleted: 0, event_expired: 0, endpoints_skipped: 0 });
    expect(t.cutoffs).toEqual([new Date('2026-05-12T11:50:00Z')]); // now − DELIVERY_SWEEP_GRACE
    expect(t.published.map((m) => [m.endpointId, m.eventId, m.attempt, m.scheduleBase, m.trigger, m.retry])).toEqual([
      ['ep-1', 'evt_ep-1_0', 1, 0, 'sweep', true],
      ['ep-1', 'evt_ep-1_1', 2, 1, 'sweep', true],
    ]);
    expect(JSON.parse(t.published[0].body.toString())).toEqual({ id: 'evt_ep-1_0' });
  });

  it('leaves an endpoint whose queue still holds messages (or cannot be read) for a later pass', async () => {
    const t = sweeperWith({
      waiting: { busy: stranded(3, 'busy'), unknown: stranded(1, 'unknown'), idle: stranded(1, 'idle') },
      backlog: { busy: 7, unknown: null },
    });
    expect(await t.sweeper.runOnce(NOW)).toMatchObject({ republished: 1, endpoints_skipped: 2 });
    expect(t.published.map((m) => m.endpointId)).toEqual(['idle']);
  });

  it('claims in batches until an endpoint has none left', async () => {
    const t = sweeperWith({ waiting: { 'ep-1': stranded(1_200, 'ep-1') } });
    expect((await t.sweeper.runOnce(NOW)).republished).toBe(1_200);
  });

  it('fails a delivery whose event is past retention instead of re-publishing it, and counts settled orphans', async () => {
    const t = sweeperWith({ waiting: { 'ep-1': stranded(2, 'ep-1') }, expired: ['evt_ep-1_1'], orphans: 4 });
    expect(await t.sweeper.runOnce(NOW)).toEqual({ republished: 1, endpoint_deleted: 4, event_expired: 1, endpoints_skipped: 0 });
    expect(t.failed).toEqual(['dlv_ep-1_1']);
  });
});
