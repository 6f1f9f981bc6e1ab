import { MessageProperties } from 'amqplib';
import { decodeDeliveryJob, JOB_HEADERS, jobPublishOptions, retryPublishOptions } from './delivery-job.codec';

const ENVELOPE = { id: 'evt_1', type: 'message.received', workspace_id: 'ws-1', phone_number_id: '106540352242922', data: {} };
const body = Buffer.from(JSON.stringify(ENVELOPE));

function props(headers?: Record<string, unknown>): MessageProperties {
  return { headers, messageId: 'evt_1', contentType: 'application/json' } as MessageProperties;
}

describe('delivery job codec', () => {
  it('decodes a first delivery (no headers) as attempt 1, auto, retryable, the body untouched', () => {
    const decoded = decodeDeliveryJob('ep-1', body, props());
    expect(decoded).toEqual({
      ok: true,
      job: { endpointId: 'ep-1', envelope: ENVELOPE, createdAtMs: NaN, body, attempt: 1, scheduleBase: 0, trigger: 'auto', retryAllowed: true },
    });
    if (decoded.ok) expect(decoded.job.body).toBe(body);
  });

  it('round-trips what the requeue publisher encodes', () => {
    const options = jobPublishOptions('evt_1', { attempt: 4, scheduleBase: 3, trigger: 'manual', retry: false });
    expect(options).toMatchObject({ persistent: true, messageId: 'evt_1', contentType: 'application/json' });
    const decoded = decodeDeliveryJob('ep-1', body, { headers: options.headers });
    expect(decoded.ok && decoded.job).toMatchObject({ attempt: 4, scheduleBase: 3, trigger: 'manual', retryAllowed: false });
  });

  it('publishes a first delivery without job headers', () => {
    expect(jobPublishOptions('evt_9').headers).toBeUndefined();
  });

  describe('the event identity as message properties', () => {
    const IDENTITY = { id: 'evt_1', type: 'message.received', workspaceId: 'ws-1', createdAt: '2026-12-01T23:59:59Z' };
    const published = (meta?: Parameters<typeof jobPublishOptions>[1]) => jobPublishOptions(IDENTITY, meta) as MessageProperties;

    it('publishes the type, the created_at second and the workspace beside the id', () => {
      const options = published();
      expect(options).toMatchObject({ messageId: 'evt_1', type: 'message.received', timestamp: Date.parse(IDENTITY.createdAt) / 1000 });
      expect(options.headers).toEqual({ [JOB_HEADERS.workspace]: 'ws-1' });
    });

    it('decodes them without reading the body, which is parsed only for the fields it alone has', () => {
      const decoded = decodeDeliveryJob('ep-1', body, published());
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      const parse = jest.spyOn(JSON, 'parse');
      try {
        const { envelope, createdAtMs } = decoded.job;
        expect([envelope.id, envelope.type, envelope.workspace_id, createdAtMs]).toEqual(['evt_1', 'message.received', 'ws-1', Date.parse(IDENTITY.createdAt)]);
        expect(parse).not.toHaveBeenCalled();
        expect(envelope.phone_number_id).toBe('106540352242922');
        expect(envelope.data).toEqual({});
        expect(parse).toHaveBeenCalledTimes(1);
      } finally {
        parse.mockRestore();
      }
    });

    it('serialises like the envelope it stands for', () => {
      const decoded = decodeDeliveryJob('ep-1', body, published());
      expect(decoded.ok && JSON.parse(JSON.stringify(decoded.job.envelope))).toEqual(ENVELOPE);
    });

    it('keeps the headers of a requeue beside the workspace', () => {
      const options = published({ attempt: 3, scheduleBase: 2, trigger: 'sweep', retry: true });
      expect(options.headers).toMatchObject({ [JOB_HEADERS.workspace]: 'ws-1', [JOB_HEADERS.attempt]: 3, [JOB_HEADERS.trigger]: 'sweep' });
      const decoded = decodeDeliveryJob('ep-1', body, options);
      expect(decoded.ok && decoded.job).toMatchObject({ attempt: 3, scheduleBase: 2, trigger: 'sweep', retryAllowed: true });
    });

    it('carries them over to a retry', () => {
      const retry = retryPublishOptions(published(), { nextAttempt: 2, tierMs: 5_000, delayMs: 4_000 }) as MessageProperties;
      const decoded = decodeDeliveryJob('ep-1', Buffer.from('not read'), retry);
      expect(decoded.ok && [decoded.job.envelope.type, decoded.job.envelope.workspace_id, decoded.job.createdAtMs, decoded.job.attempt]).toEqual([
        'message.received',
        'ws-1',
        Date.parse(IDENTITY.createdAt),
        2,
      ]);
    });

    it.each([
      ['no type', { type: undefined }],
      ['no timestamp', { timestamp: undefined }],
      ['no workspace header', { headers: {} }],
      ['an empty message id', { messageId: '' }],
    ])('parses the body as before when a message has %s', (_, change) => {
      const decoded = decodeDeliveryJob('ep-1', body, { ...published(), ...change } as MessageProperties);
      expect(decoded.ok && decoded.job.envelope).toEqual(ENVELOPE);
    });

    it('leaves a created_at it cannot read out of the properties', () => {
      expect(jobPublishOptions({ ...IDENTITY, createdAt: 'yesterday' })).not.toHaveProperty('type');
    });
  });

  it.each([
    ['not JSON', Buffer.from('{nope')],
    ['JSON null', Buffer.from('null')],
    ['no workspace_id', Buffer.from(JSON.stringify({ id: 'evt_1', type: 'x.y' }))],
    ['a numeric id', Buffer.from(JSON.stringify({ id: 1, type: 'x.y', workspace_id: 'w' }))],
  ])('refuses a body that is %s, saying why', (_, content) => {
    const decoded = decodeDeliveryJob('ep-1', content, props());
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toMatch(/event envelope/);
  });

  it.each([
    [{ [JOB_HEADERS.attempt]: 0 }, { attempt: 1 }],
    [{ [JOB_HEADERS.attempt]: 'x' }, { attempt: 1 }],
    [{ [JOB_HEADERS.scheduleBase]: -2 }, { scheduleBase: 0 }],
    [{ [JOB_HEADERS.trigger]: 'bogus' }, { trigger: 'auto' }],
    [{ [JOB_HEADERS.retry]: 1 }, { retryAllowed: true }],
    [{ [JOB_HEADERS.retry]: 0 }, { retryAllowed: false }],
  ])('falls back to safe values for odd headers %j', (headers, expected) => {
    const decoded = decodeDeliveryJob('ep-1', body, props(headers));
    expect(decoded.ok && decoded.job).toMatchObject(expected);
  });

  it('carries a retry over with its headers, without dead-letter bookkeeping, next attempt and tier set', () => {
    const original = props({ [JOB_HEADERS.trigger]: 'recover', [JOB_HEADERS.scheduleBase]: 2, 'x-death': [{ count: 1 }], 'x-first-death-queue': 'q' });
    const options = retryPublishOptions(original, { nextAttempt: 5, tierMs: 30_000, delayMs: 27_000 });
    expect(options.headers).toEqual({
      [JOB_HEADERS.trigger]: 'recover',
      [JOB_HEADERS.scheduleBase]: 2,
      [JOB_HEADERS.attempt]: 5,
      [JOB_HEADERS.delayTier]: '30000',
    });
    expect(options).toMatchObject({ persistent: true, messageId: 'evt_1', expiration: '27000' });
    const decoded = decodeDeliveryJob('ep-1', body, { headers: options.headers });
    expect(decoded.ok && decoded.job).toMatchObject({ attempt: 5, trigger: 'recover', scheduleBase: 2 });
  });

  it('never lets the jittered expiration exceed the tier it waits in', () => {
    expect(retryPublishOptions(props(), { nextAttempt: 2, tierMs: 5_000, delayMs: 60_000 }).expiration).toBe('5000');
  });
});
