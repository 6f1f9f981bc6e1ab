import { Logger } from '@nestjs/common';
import { MetricsRegistry } from '@app/common';
import { AppConfig } from '@app/config';
import { OutboundResponse } from '@app/delivery';
import { DeliveryJob } from '@app/messaging';
import { AttemptRecord, WebhookEndpointEntity } from '@app/persistence';
import { EndpointHealthService } from '../endpoints/endpoint-health.service';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { AttemptRecorder } from './attempt-recorder.service';
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
  const metrics = new DispatcherMetrics(new MetricsRegistry());
  return { pipeline: new DeliveryPipeline(config, delivery, recorder, healthService, metrics), records, sent, health };
}

// The code under test logs failures on purpose; keep the test output readable.
beforeAll(() => Logger.overrideLogger(false));

describe('DeliveryPipeline outcome rules', () => {
  it('a 2xx is recorded as succeeded, sends the body as consumed, asks for no retry', async () => {
    const t = pipelineWith(response({ ok: true, statusCode: 204 }));
    const j = job();
    expect(await t.pipeline.process(j, endpoint())).toEqual({});
    expect(t.sent[0]).toBe(j.body);
    expect(t.records).toHaveLength(1);
    expect(t.records[0]).toMatchObject({ state: 'succeeded', success: true, statusCode: 204, attempt: 1, trigger: 'auto', nextAttemptAt: null });
    expect(t.health.successes).toBe(1);
  });

  it('a 500 on attempt 1 is pending with a retry for attempt 2 in the first tier', async () => {
    const t = pipelineWith(response({ statusCode: 500, errorClass: 'http_error', errorMessage: 'HTTP 500' }));
    const outcome = await t.pipeline.process(job(), endpoint());
    expect(outcome).toEqual({ retry: { nextAttempt: 2, tierMs: 1000, delayMs: 1000 } });
    expect(t.records[0]).toMatchObject({ state: 'pending', success: false, statusCode: 500 });
    expect(t.records[0].nextAttemptAt).toBeInstanceOf(Date);
    expect(t.health.failures).toEqual([500]);
  });

  it('the last attempt of the schedule fails for good', async () => {
    const t = pipelineWith(response({ statusCode: 503, errorClass: 'http_error' }));
    expect(await t.pipeline.process(job({ attempt: 3 }), endpoint())).toEqual({});
    expect(t.records[0]).toMatchObject({ state: 'failed', attempt: 3 });
  });

  it('the schedule restarts after a resend/recover base, attempt numbers continue', async () => {
    const t = pipelineWith(response({ statusCode: 500, errorClass: 'http_error' }));
    const outcome = await t.pipeline.process(job({ attempt: 4, scheduleBase: 3, trigger: 'recover' }), endpoint());
    expect(outcome).toEqual({ retry: { nextAttempt: 5, tierMs: 1000, delayMs: 1000 } });
  });

  it('410 Gone is final and says the endpoint is disabled', async () => {
    const t = pipelineWith(response({ statusCode: 410, errorClass: 'http_error' }));
    expect(await t.pipeline.process(job(), endpoint())).toEqual({});
    expect(t.records[0]).toMatchObject({ state: 'failed', errorMessage: 'HTTP 410 Gone: the endpoint is disabled' });
    expect(t.health.failures).toEqual([410]);
  });

  it('a one-shot manual resend is not retried', async () => {
    const t = pipelineWith(response({ statusCode: 500, errorClass: 'http_error' }));
    expect(await t.pipeline.process(job({ trigger: 'manual', retryAllowed: false }), endpoint())).toEqual({});
    expect(t.records[0]).toMatchObject({ state: 'failed', trigger: 'manual' });
  });

  it('Retry-After longer than the schedule picks the smallest tier that covers it', async () => {
    const t = pipelineWith(response({ statusCode: 429, errorClass: 'http_error', retryAfterMs: 3000 }));
    expect(await t.pipeline.process(job(), endpoint())).toEqual({ retry: { nextAttempt: 2, tierMs: 5000, delayMs: 5000 } });
  });

  it('a disabled or deleted endpoint gets a failed record and no HTTP call', async () => {
    const t = pipelineWith(response({ ok: true, statusCode: 200 }));
    await t.pipeline.process(job(), endpoint({ enabled: false, disabledReason: 'failing' }));
    await t.pipeline.process(job(), null);
    expect(t.sent).toHaveLength(0);
    expect(t.records.map((r) => [r.state, r.errorClass])).toEqual([
      ['failed', 'endpoint_disabled'],
      ['failed', 'endpoint_deleted'],
    ]);
  });

  it('an event outside the endpoint filter is acked silently: no call, no record', async () => {
    const t = pipelineWith(response({ ok: true, statusCode: 200 }));
    expect(await t.pipeline.process(job(), endpoint({ filter: { phone_number_ids: ['999'] } }))).toEqual({});
    expect(t.sent).toHaveLength(0);
    expect(t.records).toHaveLength(0);
  });

  it('when the attempt cannot be recorded the job fails, so the transport requeues it', async () => {
    const t = pipelineWith(response({ ok: true, statusCode: 200 }));
    (t.pipeline as unknown as { recorder: { record: () => Promise<void> } }).recorder.record = () => Promise.reject(new Error('db down'));
    await expect(t.pipeline.process(job(), endpoint())).rejects.toThrow('db down');
  });
});
