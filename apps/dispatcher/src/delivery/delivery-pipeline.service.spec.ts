import { Logger } from '@nestjs/common';
import { MetricsRegistry } from '@app/common';
import { AppConfig } from '@app/config';
import { deliveryIdFor, OutboundResponse } from '@app/delivery';
import { DeliveryJob } from '@app/messaging';
import { AttemptRecord, DeliveryRepository, DeliveryState, WebhookEndpointEntity } from '@app/persistence';
import { EndpointHealthService } from '../endpoints/endpoint-health.service';
import { OperationalEvents } from '../endpoints/operational-events.service';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { AttemptRecorder } from './attempt-recorder.service';
import { DeliveryOutcome } from './delivery-outcome';
import { DeliveryPipeline } from './delivery-pipeline.service';
import { WebhookDeliveryService } from './webhook-delivery.service';

// Development mode: the pure logic under test needs no real secrets.
const config = new AppConfig({
  NODE_ENV: 'development',
  RETRY_SCHEDULE: '1s,5s',
  RETRY_JITTER: '0',
});

function endpoint(overrides: Partial<WebhookEndpointEntity> = {}): WebhookEndpointEntity {
  return { id: 'ep-1', workspaceId: 'ws-1', enabled: true, filter: {}, disabledReason: null, ...overrides } as WebhookEndpointEntity;
}

function job(overrides: Partial<DeliveryJob> = {}): DeliveryJob {
  const envelope = { id: 'evt_1', type: 'message.received', workspace_id: 'ws-1', phone_number_id: '111' };
  return {
    endpointId: 'ep-1',
    envelope,
    createdAtMs: Date.parse('2026-12-01T10:00:00Z'),
    body: Buffer.from(JSON.stringify(envelope)),
    attempt: 1,
    scheduleBase: 0,
    trigger: 'auto',
    retryAllowed: true,
    ...overrides,
  };
}

function response(overrides: Partial<OutboundResponse>): OutboundResponse {
  return { ok: false, statusCode: null, errorClass: null, errorMessage: null, responseBody: null, retryAfterMs: null, durationMs: 3, ...overrides };
}

/** The outcome once its record is durable, without the `recorded` promise (what the transport acts on). */
async function settled(pipeline: DeliveryPipeline, j: DeliveryJob, e: WebhookEndpointEntity | null): Promise<DeliveryOutcome> {
  const { recorded, ...outcome } = await pipeline.process(j, e);
  await recorded;
  return outcome;
}

function pipelineWith(answer: OutboundResponse) {
  const records: AttemptRecord[] = [];
  const sent: Buffer[] = [];
  const health = { successes: 0, failures: [] as (number | null)[] };
  const delivery = { send: async (_e: WebhookEndpointEntity, _id: string, body: Buffer) => (sent.push(body), answer) } as unknown as WebhookDeliveryService;
  const recorder = { record: async (r: AttemptRecord) => void records.push(r) } as unknown as AttemptRecorder;
  const healthService = {
    onSuccess: async () => void health.successes++,
    onFailure: async (_e: WebhookEndpointEntity, _at: Date, status: number | null) => void health.failures.push(status),
  } as unknown as EndpointHealthService;
  const emitted: { type: string; key: string; data: Record<string, unknown> }[] = [];
  const operational = {
    emit: async (_ws: string, type: string, key: string, _at: Date, data: Record<string, unknown>) => void emitted.push({ type, key, data }),
  } as unknown as OperationalEvents;
  const metrics = new DispatcherMetrics(new MetricsRegistry());
  // Delivery states as stored (absent: no row yet); lookups counts the reads.
  const states = new Map<string, DeliveryState>();
  const lookups: string[] = [];
  const deliveries = { stateOf: async (id: string) => (lookups.push(id), states.get(id) ?? null) } as unknown as DeliveryRepository;
  return {
    pipeline: new DeliveryPipeline(config, delivery, recorder, healthService, operational, metrics, deliveries),
    records,
    sent,
    health,
    emitted,
    states,
    lookups,
  };
}

// The code under test logs failures on purpose; keep the test output readable.
beforeAll(() => Logger.overrideLogger(false));

describe('DeliveryPipeline outcome rules', () => {
  it('a 2xx is recorded as succeeded, sends the body as consumed, asks for no retry', async () => {
    const t = pipelineWith(response({ ok: true, statusCode: 204 }));
    const j = job();
    expect(await settled(t.pipeline, j, endpoint())).toEqual({});
    expect(t.sent[0]).toBe(j.body);
    expect(t.records).toHaveLength(1);
    expect(t.records[0]).toMatchObject({
      state: 'succeeded',
      success: true,
      statusCode: 204,
      attempt: 1,
      trigger: 'auto',
      nextAttemptAt: null,
      eventDay: '2026-12-01',
    });
    expect(t.health.successes).toBe(1);
  });

  it('a 500 on attempt 1 is pending with a retry for attempt 2 in the first tier', async () => {
    const t = pipelineWith(response({ statusCode: 500, errorClass: 'http_error', errorMessage: 'HTTP 500' }));
    const outcome = await settled(t.pipeline, job(), endpoint());
    expect(outcome).toEqual({ retry: { nextAttempt: 2, tierMs: 1000, delayMs: 1000 } });
    expect(t.records[0]).toMatchObject({ state: 'pending', success: false, statusCode: 500 });
    expect(t.records[0].nextAttemptAt).toBeInstanceOf(Date);
    expect(t.health.failures).toEqual([500]);
  });

  it('the last attempt of the schedule fails for good', async () => {
    const t = pipelineWith(response({ statusCode: 503, errorClass: 'http_error' }));
    expect(await settled(t.pipeline, job({ attempt: 3 }), endpoint())).toEqual({});
    expect(t.records[0]).toMatchObject({ state: 'failed', attempt: 3 });
  });

  it('a delivery that used all its attempts emits webhook.delivery_exhausted once (its id names event and endpoint)', async () => {
    const t = pipelineWith(response({ statusCode: 503, errorClass: 'http_error', errorMessage: 'HTTP 503' }));
    await settled(t.pipeline, job({ attempt: 2 }), endpoint());
    expect(t.emitted).toHaveLength(0);
    await settled(t.pipeline, job({ attempt: 3 }), endpoint());
    expect(t.emitted).toEqual([
      {
        type: 'webhook.delivery_exhausted',
        key: 'evt_1\nep-1',
        data: {
          event_id: 'evt_1',
          event_type: 'message.received',
          endpoint_id: 'ep-1',
          url: undefined,
          attempts: 3,
          last_error: 'HTTP 503',
          last_status_code: 503,
        },
      },
    ]);
  });

  it('no exhausted event for a one-shot resend, a 410, or an exhausted event itself', async () => {
    const t = pipelineWith(response({ statusCode: 500, errorClass: 'http_error' }));
    await settled(t.pipeline, job({ trigger: 'manual', retryAllowed: false }), endpoint());
    const exhausted = { id: 'evt_2', type: 'webhook.delivery_exhausted', workspace_id: 'ws-1', data: { endpoint_id: 'ep-2' } };
    await settled(t.pipeline, job({ attempt: 3, envelope: exhausted }), endpoint());
    const gone = pipelineWith(response({ statusCode: 410, errorClass: 'http_error' }));
    await gone.pipeline.process(job(), endpoint());
    expect([...t.emitted, ...gone.emitted]).toEqual([]);
  });

  it('an operational event about the endpoint itself is not sent to it while it is failing; others get it', async () => {
    const t = pipelineWith(response({ ok: true, statusCode: 200 }));
    const failing = { id: 'evt_3', type: 'webhook.delivery_failing', workspace_id: 'ws-1', data: { endpoint_id: 'ep-1' } };
    expect(await settled(t.pipeline, job({ envelope: failing }), endpoint({ failingSince: new Date() }))).toEqual({});
    expect(t.sent).toHaveLength(0);
    expect(t.records).toHaveLength(0);
    await settled(t.pipeline, job({ envelope: failing, endpointId: 'ep-2' }), endpoint({ id: 'ep-2', failingSince: new Date() }));
    await settled(t.pipeline, job({ envelope: failing }), endpoint({ failingSince: null }));
    expect(t.sent).toHaveLength(2);
  });

  it('429 with Retry-After asks the transport to hold this endpoint that long', async () => {
    const t = pipelineWith(response({ statusCode: 429, errorClass: 'http_error', retryAfterMs: 800 }));
    expect(await settled(t.pipeline, job(), endpoint())).toEqual({ retry: { nextAttempt: 2, tierMs: 1000, delayMs: 1000 }, throttleMs: 800 });
  });

  it('the schedule restarts after a resend/recover base, attempt numbers continue', async () => {
    const t = pipelineWith(response({ statusCode: 500, errorClass: 'http_error' }));
    const outcome = await settled(t.pipeline, job({ attempt: 4, scheduleBase: 3, trigger: 'recover' }), endpoint());
    expect(outcome).toEqual({ retry: { nextAttempt: 5, tierMs: 1000, delayMs: 1000 } });
  });

  it('410 Gone is final and says the endpoint is disabled', async () => {
    const t = pipelineWith(response({ statusCode: 410, errorClass: 'http_error' }));
    expect(await settled(t.pipeline, job(), endpoint())).toEqual({});
    expect(t.records[0]).toMatchObject({ state: 'failed', errorMessage: 'HTTP 410 Gone: the endpoint is disabled' });
    expect(t.health.failures).toEqual([410]);
  });

  it('a one-shot manual resend is not retried', async () => {
    const t = pipelineWith(response({ statusCode: 500, errorClass: 'http_error' }));
    expect(await settled(t.pipeline, job({ trigger: 'manual', retryAllowed: false }), endpoint())).toEqual({});
    expect(t.records[0]).toMatchObject({ state: 'failed', trigger: 'manual' });
  });

  it('Retry-After longer than the schedule picks the smallest tier that covers it', async () => {
    const t = pipelineWith(response({ statusCode: 429, errorClass: 'http_error', retryAfterMs: 3000 }));
    expect(await settled(t.pipeline, job(), endpoint())).toEqual({ retry: { nextAttempt: 2, tierMs: 5000, delayMs: 5000 }, throttleMs: 3000 });
  });

  it('a disabled or deleted endpoint gets a final record (failed, endpoint_deleted) and no HTTP call', async () => {
    const t = pipelineWith(response({ ok: true, statusCode: 200 }));
    await settled(t.pipeline, job(), endpoint({ enabled: false, disabledReason: 'failing' }));
    await settled(t.pipeline, job(), null);
    expect(t.sent).toHaveLength(0);
    expect(t.records.map((r) => [r.state, r.errorClass])).toEqual([
      ['failed', 'endpoint_disabled'],
      ['endpoint_deleted', 'endpoint_deleted'],
    ]);
  });

  it('a further copy of a settled delivery (a sweep beside its original message) is acked unsent', async () => {
    const id = deliveryIdFor('evt_1', 'ep-1');
    for (const state of ['succeeded', 'failed', 'endpoint_deleted'] as const) {
      const t = pipelineWith(response({ ok: true, statusCode: 200 }));
      t.states.set(id, state);
      expect(await settled(t.pipeline, job({ attempt: 3, trigger: 'sweep' }), endpoint())).toEqual({});
      expect(await settled(t.pipeline, job({ attempt: 2, trigger: 'retry' }), endpoint())).toEqual({});
      expect([t.sent, t.records]).toEqual([[], []]);
    }
  });

  it('a state that cannot be read (PostgreSQL down) does not hold the job back: it is sent', async () => {
    const t = pipelineWith(response({ ok: true, statusCode: 200 }));
    (t.pipeline as unknown as { deliveries: DeliveryRepository }).deliveries.stateOf = () => Promise.reject(new Error('db down'));
    expect(await settled(t.pipeline, job({ attempt: 2, trigger: 'retry' }), endpoint())).toEqual({});
    expect(t.sent).toHaveLength(1);
  });

  it('a pending delivery is sent whatever the trigger; a first attempt is sent without a lookup', async () => {
    const t = pipelineWith(response({ ok: true, statusCode: 200 }));
    t.states.set(deliveryIdFor('evt_1', 'ep-1'), 'pending');
    await settled(t.pipeline, job({ attempt: 3, trigger: 'sweep', scheduleBase: 2 }), endpoint());
    await settled(t.pipeline, job({ attempt: 2, trigger: 'manual', retryAllowed: false }), endpoint());
    expect(t.lookups).toHaveLength(2);
    await settled(t.pipeline, job(), endpoint());
    expect(t.lookups).toHaveLength(2);
    expect(t.sent).toHaveLength(3);
    expect(t.records.map((r) => [r.trigger, r.state])).toEqual([
      ['sweep', 'succeeded'],
      ['manual', 'succeeded'],
      ['auto', 'succeeded'],
    ]);
  });

  it('an event outside the endpoint filter is acked silently: no call, no record', async () => {
    const t = pipelineWith(response({ ok: true, statusCode: 200 }));
    expect(await settled(t.pipeline, job(), endpoint({ filter: { phone_number_ids: ['999'] } }))).toEqual({});
    expect(t.sent).toHaveLength(0);
    expect(t.records).toHaveLength(0);
  });

  it('when the attempt cannot be recorded, `recorded` rejects, so the transport requeues the message', async () => {
    const t = pipelineWith(response({ ok: true, statusCode: 200 }));
    (t.pipeline as unknown as { recorder: { record: () => Promise<void> } }).recorder.record = () => Promise.reject(new Error('db down'));
    await expect(settled(t.pipeline, job(), endpoint())).rejects.toThrow('db down');
  });
});
