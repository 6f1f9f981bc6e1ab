import { Logger } from '@nestjs/common';
import { MetricsRegistry } from '@app/common';
import { AppConfig } from '@app/config';
import { ControlChannel, EndpointTopology, EventPublisher, PublishableEvent } from '@app/messaging';
import { EventRepository, WebhookEndpointEntity, WebhookEndpointRepository } from '@app/persistence';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { EndpointHealthService } from './endpoint-health.service';
import { OperationalEvents } from './operational-events.service';

// Development mode: the pure logic under test needs no real secrets.
const config = new AppConfig({ NODE_ENV: 'development', AUTO_DISABLE_AFTER: '1h', DELIVERY_FAILING_AFTER: '20m' });
const T0 = new Date('2026-11-30T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

// The code under test logs disables on purpose; keep the test output readable.
beforeAll(() => Logger.overrideLogger(false));

/** An endpoint row and the repository calls the state machine makes, kept in memory. */
function world() {
  const row = {
    id: 'ep-1',
    workspaceId: 'ws-1',
    url: 'https://crm.example.com/hooks',
    enabled: true,
    failingSince: null,
    lastSuccessAt: null,
    disabledReason: null,
    disabledAt: null,
  } as unknown as WebhookEndpointEntity;
  const calls: string[] = [];
  const published: PublishableEvent[] = [];
  const stored: string[] = [];
  const endpoints = {
    recordDeliverySuccess: async (_id: string, when: Date) => {
      calls.push(`success ${when.toISOString()}`);
      const ended = row.failingSince;
      row.failingSince = null;
      return ended;
    },
    recordDeliveryFailure: async (_id: string, when: Date) => {
      calls.push(`failure ${when.toISOString()}`);
      row.failingSince ??= when;
      return row.failingSince;
    },
    disableForDelivery: async (_id: string, reason: string, when: Date, failingBefore: Date | null) => {
      calls.push(`disable ${failingBefore ? 'if failing before ' + failingBefore.toISOString() : 'now'}`);
      if (!row.enabled) return null;
      if (failingBefore && (!row.failingSince || row.failingSince > failingBefore)) return null;
      Object.assign(row, { enabled: false, disabledReason: reason, disabledAt: when });
      return { ...row } as WebhookEndpointEntity;
    },
  } as unknown as WebhookEndpointRepository;
  const events = {
    insertNew: async (rows: { id: string }[]) => (stored.push(...rows.map((r) => r.id)), new Set(rows.map((r) => r.id))),
    markPublished: async () => undefined,
  } as unknown as EventRepository;
  const publisher = { publish: async (e: PublishableEvent) => void published.push(e) } as unknown as EventPublisher;
  const topology = { apply: async () => void calls.push('unbind') } as unknown as EndpointTopology;
  const control = { endpointChanged: async () => void calls.push('control') } as unknown as ControlChannel;
  const service = new EndpointHealthService(
    config,
    endpoints,
    new OperationalEvents(events, publisher),
    topology,
    control,
    new DispatcherMetrics(new MetricsRegistry()),
  );
  const endpoint = { ...row } as WebhookEndpointEntity;
  return { service, endpoint, row, calls, published, stored };
}

describe('EndpointHealthService state machine', () => {
  it('410 Gone disables at once: unbinds, emits webhook.endpoint_disabled with the status, tells every replica', async () => {
    const w = world();
    await w.service.onFailure(w.endpoint, at(0), 410);
    expect(w.row.enabled).toBe(false);
    expect(w.endpoint.enabled).toBe(false);
    expect(w.calls).toEqual(['disable now', 'unbind', 'control']);
    expect(w.published).toHaveLength(1);
    const body = JSON.parse(w.published[0].body.toString());
    expect(body).toMatchObject({
      type: 'webhook.endpoint_disabled',
      workspace_id: 'ws-1',
      data: { endpoint_id: 'ep-1', last_status_code: 410, reason: 'The endpoint answered 410 Gone' },
    });
    // The Standard Webhooks `timestamp`: when it was disabled, with milliseconds, beside created_at.
    expect(body.timestamp).toBe(at(0).toISOString());
    expect(body.created_at).toBe(
      at(0)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
    );
    expect(w.stored).toEqual([body.id]);
  });

  it('the first failure starts a failing period; failing for less than AUTO_DISABLE_AFTER keeps the endpoint', async () => {
    const w = world();
    await w.service.onFailure(w.endpoint, at(0), 500);
    await w.service.onFailure(w.endpoint, at(30 * 60_000), 500);
    expect(w.row.failingSince).toEqual(at(0));
    expect(w.row.enabled).toBe(true);
    expect(w.calls.filter((c) => c.startsWith('disable'))).toHaveLength(0);
  });

  it('failing for AUTO_DISABLE_AFTER without a success disables, guarded by the failing start', async () => {
    const w = world();
    await w.service.onFailure(w.endpoint, at(0), 500);
    await w.service.onFailure(w.endpoint, at(60 * 60_000), null);
    expect(w.row.enabled).toBe(false);
    expect(w.calls).toContain(`disable if failing before ${at(0).toISOString()}`);
    const types = w.published.map((p) => JSON.parse(p.body.toString()).type);
    expect(types).toEqual(['webhook.delivery_failing', 'webhook.endpoint_disabled']);
    expect(JSON.parse(w.published[1].body.toString()).data.reason).toMatch(/^No successful delivery since 2026-11-30T10:00:00Z/);
  });

  it('a success ends the failing period, so the clock starts again at the next failure', async () => {
    const w = world();
    await w.service.onFailure(w.endpoint, at(0), 500);
    await w.service.onSuccess(w.endpoint, at(50 * 60_000));
    expect(w.row.failingSince).toBeNull();
    await w.service.onFailure(w.endpoint, at(70 * 60_000), 500);
    expect(w.row.enabled).toBe(true);
    expect(w.row.failingSince).toEqual(at(70 * 60_000));
  });

  it('healthy successes are written at most every 10 s per endpoint', async () => {
    const w = world();
    await w.service.onSuccess(w.endpoint, at(0));
    await w.service.onSuccess(w.endpoint, at(5_000));
    await w.service.onSuccess(w.endpoint, at(11_000));
    expect(w.calls.filter((c) => c.startsWith('success'))).toEqual([`success ${at(0).toISOString()}`, `success ${at(11_000).toISOString()}`]);
  });

  it('a disabled endpoint is disabled once: later failures do nothing', async () => {
    const w = world();
    await w.service.onFailure(w.endpoint, at(0), 410);
    await w.service.onFailure(w.endpoint, at(1_000), 410);
    expect(w.calls.filter((c) => c.startsWith('disable'))).toHaveLength(1);
    expect(w.published).toHaveLength(1);
  });

  it('failing for DELIVERY_FAILING_AFTER sends webhook.delivery_failing once per failing period, with the disable time', async () => {
    const w = world();
    await w.service.onFailure(w.endpoint, at(0), 500);
    await w.service.onFailure(w.endpoint, at(10 * 60_000), 500);
    expect(w.published).toHaveLength(0);
    await w.service.onFailure(w.endpoint, at(20 * 60_000), 503);
    await w.service.onFailure(w.endpoint, at(25 * 60_000), 503);
    expect(w.published).toHaveLength(1);
    const failing = JSON.parse(w.published[0].body.toString());
    expect(failing).toMatchObject({
      type: 'webhook.delivery_failing',
      data: { endpoint_id: 'ep-1', failing_since: '2026-11-30T10:00:00Z', disables_at: '2026-11-30T11:00:00Z', last_status_code: 503 },
    });
    // A new failing period after a success is another occurrence: another id.
    await w.service.onSuccess(w.endpoint, at(30 * 60_000));
    await w.service.onFailure(w.endpoint, at(40 * 60_000), 500);
    await w.service.onFailure(w.endpoint, at(61 * 60_000), 500);
    const ids = w.published
      .map((p) => JSON.parse(p.body.toString()))
      .filter((e) => e.type === 'webhook.delivery_failing')
      .map((e) => e.id);
    expect(ids).toHaveLength(2);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it('the success closing a reported failing period sends webhook.endpoint_recovered; a short one does not', async () => {
    const w = world();
    await w.service.onFailure(w.endpoint, at(0), 500);
    await w.service.onSuccess(w.endpoint, at(5 * 60_000));
    expect(w.published).toHaveLength(0);
    await w.service.onFailure(w.endpoint, at(10 * 60_000), 500);
    await w.service.onFailure(w.endpoint, at(31 * 60_000), 500);
    await w.service.onSuccess(w.endpoint, at(32 * 60_000));
    await w.service.onSuccess(w.endpoint, at(33 * 60_000));
    const recovered = w.published.map((p) => JSON.parse(p.body.toString())).filter((e) => e.type === 'webhook.endpoint_recovered');
    expect(recovered).toHaveLength(1);
    expect(recovered[0].data).toEqual({
      endpoint_id: 'ep-1',
      url: 'https://crm.example.com/hooks',
      failing_since: '2026-11-30T10:10:00Z',
      recovered_at: '2026-11-30T10:32:00Z',
    });
  });
});
