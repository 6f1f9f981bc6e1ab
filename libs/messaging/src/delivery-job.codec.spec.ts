import amqp, { ConsumeMessage, MessageProperties } from 'amqplib';
import { decodeDeliveryJob, eventPublishOptions, JOB_HEADERS, jobPublishOptions, retryPublishOptions } from './delivery-job.codec';

const WORKSPACE = '3f9d2a7e-5b1c-4e8a-9d6f-0c2b7a1e4d58';
const CREATED_AT = '2026-12-01T23:59:59Z';
const ROUTING_KEY = `${WORKSPACE}.message.received`;
const ENVELOPE = { id: 'evt_1', type: 'message.received', workspace_id: WORKSPACE, phone_number_id: '106540352242922', data: {} };
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

  it('publishes a first delivery with its id and created_at second, without headers', () => {
    const options = eventPublishOptions({ id: 'evt_9', createdAt: CREATED_AT });
    expect(options).toEqual({ persistent: true, messageId: 'evt_9', contentType: 'application/json', timestamp: Date.parse(CREATED_AT) / 1000 });
    expect(eventPublishOptions({ id: 'evt_9', createdAt: 'yesterday' })).not.toHaveProperty('timestamp');
  });

  describe('the event identity without the body', () => {
    const first = () => eventPublishOptions({ id: 'evt_1', createdAt: CREATED_AT }) as MessageProperties;

    it("reads workspace and type from a first delivery's routing key; the body is parsed only for the fields it alone has", () => {
      const decoded = decodeDeliveryJob('ep-1', body, first(), ROUTING_KEY);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      const parse = jest.spyOn(JSON, 'parse');
      try {
        const { envelope, createdAtMs } = decoded.job;
        expect([envelope.id, envelope.type, envelope.workspace_id, createdAtMs]).toEqual(['evt_1', 'message.received', WORKSPACE, Date.parse(CREATED_AT)]);
        expect(parse).not.toHaveBeenCalled();
        expect(envelope.phone_number_id).toBe('106540352242922');
        expect(envelope.data).toEqual({});
        expect(parse).toHaveBeenCalledTimes(1);
      } finally {
        parse.mockRestore();
      }
    });

    it('serialises like the envelope it stands for', () => {
      const decoded = decodeDeliveryJob('ep-1', body, first(), ROUTING_KEY);
      expect(decoded.ok && JSON.parse(JSON.stringify(decoded.job.envelope))).toEqual(ENVELOPE);
    });

    it('carries them over to a retry as the type property and a header', () => {
      const retry = retryPublishOptions(first(), { nextAttempt: 2, tierMs: 5_000, delayMs: 4_000 }, { type: 'message.received', workspace_id: WORKSPACE });
      expect(retry).toMatchObject({ type: 'message.received', timestamp: Date.parse(CREATED_AT) / 1000, headers: { [JOB_HEADERS.workspace]: WORKSPACE } });
      const decoded = decodeDeliveryJob('ep-1', Buffer.from('not read'), retry as MessageProperties);
      expect(decoded.ok && [decoded.job.envelope.type, decoded.job.envelope.workspace_id, decoded.job.createdAtMs, decoded.job.attempt]).toEqual([
        'message.received',
        WORKSPACE,
        Date.parse(CREATED_AT),
        2,
      ]);
    });

    it.each([
      ['no timestamp', { ...first(), timestamp: undefined }, ROUTING_KEY],
      ['an empty message id', { ...first(), messageId: '' }, ROUTING_KEY],
      ['a routing key without a workspace id', first(), 'legacy.message.received'],
      ['a routing key without a type', first(), `${WORKSPACE}.`],
      ['neither a routing key of the events exchange nor the retry properties', first(), null],
      ['a type property but no workspace header', { ...first(), type: 'message.received' }, null],
    ])('parses the body as before when a message has %s', (_, properties, routingKey) => {
      const decoded = decodeDeliveryJob('ep-1', body, properties as MessageProperties, routingKey);
      expect(decoded.ok && decoded.job.envelope).toEqual(ENVELOPE);
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
    const options = retryPublishOptions(original, { nextAttempt: 5, tierMs: 30_000, delayMs: 27_000 }, ENVELOPE);
    expect(options.headers).toEqual({
      [JOB_HEADERS.trigger]: 'recover',
      [JOB_HEADERS.scheduleBase]: 2,
      [JOB_HEADERS.attempt]: 5,
      [JOB_HEADERS.delayTier]: '30000',
      [JOB_HEADERS.workspace]: WORKSPACE,
    });
    expect(options).toMatchObject({ persistent: true, messageId: 'evt_1', expiration: '27000' });
    const decoded = decodeDeliveryJob('ep-1', body, { headers: options.headers });
    expect(decoded.ok && decoded.job).toMatchObject({ attempt: 5, trigger: 'recover', scheduleBase: 2 });
  });

  it('never lets the jittered expiration exceed the tier it waits in', () => {
    expect(retryPublishOptions(props(), { nextAttempt: 2, tierMs: 5_000, delayMs: 60_000 }, ENVELOPE).expiration).toBe('5000');
  });
});

describe('delivery job codec through RabbitMQ (127.0.0.1:5672)', () => {
  /** Publishes as the event publisher does (routing key <workspace>.<type> on a topic exchange) and consumes it back. */
  async function roundTrip(): Promise<ConsumeMessage> {
    const model = await amqp.connect('amqp://guest:guest@127.0.0.1:5672');
    try {
      const ch = await model.createConfirmChannel();
      const exchange = `wawh.codec-spec.${process.pid}`;
      await ch.assertExchange(exchange, 'topic', { durable: false, autoDelete: true });
      const { queue } = await ch.assertQueue('', { exclusive: true });
      await ch.bindQueue(queue, exchange, '#');
      ch.publish(exchange, ROUTING_KEY, body, eventPublishOptions({ id: 'evt_1', createdAt: CREATED_AT }));
      await ch.waitForConfirms();
      const msg = await new Promise<ConsumeMessage>((resolve) => void ch.consume(queue, (m) => m && resolve(m), { noAck: true }));
      await ch.deleteExchange(exchange);
      return msg;
    } finally {
      await model.close();
    }
  }

  it('decodes a first delivery as the broker hands it over without parsing its body', async () => {
    const msg = await roundTrip();
    expect(msg.fields.routingKey).toBe(ROUTING_KEY);
    const parse = jest.spyOn(JSON, 'parse');
    try {
      const decoded = decodeDeliveryJob('ep-1', msg.content, msg.properties, msg.fields.routingKey);
      expect(decoded.ok && [decoded.job.envelope.id, decoded.job.envelope.type, decoded.job.envelope.workspace_id, decoded.job.createdAtMs]).toEqual([
        'evt_1',
        'message.received',
        WORKSPACE,
        Date.parse(CREATED_AT),
      ]);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });
});
