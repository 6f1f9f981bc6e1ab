import { Logger } from '@nestjs/common';
import { MetricsRegistry } from '@app/common';
import { AppConfig } from '@app/config';
import { AttemptRecord, DeliveryRepository } from '@app/persistence';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { AttemptRecorder, MIN_BATCH, RECORD_LINGER_MS } from './attempt-recorder.service';

const KEY = Buffer.alloc(32, 1).toString('base64');
const SECRETS = { META_APP_SECRET: 'm'.repeat(32), META_VERIFY_TOKEN: 'v'.repeat(32), ADMIN_TOKEN: 'a'.repeat(32), ENCRYPTION_KEYS: `k1:${KEY}` };

function record(n: number, endpointId = 'ep'): AttemptRecord {
  return {
    deliveryId: `d${n}`,
    eventId: `evt_${n}`,
    endpointId,
    workspaceId: 'ws',
    eventType: 'message.received',
    eventDay: '2026-01-01',
    attempt: 1,
    trigger: 'auto',
    startedAt: new Date(),
    durationMs: 1,
    statusCode: 200,
    errorClass: null,
    errorMessage: null,
    responseBody: null,
    success: true,
    state: 'succeeded',
    nextAttemptAt: null,
  };
}

function recorderWith(write: (batch: AttemptRecord[]) => Promise<void>, concurrencyPerEndpoint = 32) {
  const batches: number[] = [];
  const repo = { recordAttempts: (batch: AttemptRecord[]) => (batches.push(batch.length), write(batch)) } as unknown as DeliveryRepository;
  const config = new AppConfig({ ...SECRETS, DELIVERY_CONCURRENCY_PER_ENDPOINT: String(concurrencyPerEndpoint) });
  return { recorder: new AttemptRecorder(repo, new DispatcherMetrics(new MetricsRegistry()), config), batches };
}

// The code under test logs failures on purpose; keep the test output readable.
beforeAll(() => Logger.overrideLogger(false));

describe('AttemptRecorder batching', () => {
  it('records what one tick produces in one write, and resolves each caller after it', async () => {
    let written = 0;
    const t = recorderWith(async (batch) => void (written += batch.length));
    await Promise.all([1, 2, 3, 4, 5].map((n) => t.recorder.record(record(n))));
    expect(t.batches).toEqual([5]);
    expect(written).toBe(5);
  });

  it('gathers what arrives during a write into the next batch (group commit)', async () => {
    let release!: () => void;
    const firstWrite = new Promise<void>((r) => (release = r));
    let calls = 0;
    const t = recorderWith(() => (calls++ === 0 ? firstWrite : Promise.resolve()));
    const first = t.recorder.record(record(1));
    while (t.batches.length === 0) await new Promise((r) => setTimeout(r, 1)); // its write has begun
    const later = [2, 3, 4].map((n) => t.recorder.record(record(n)));
    release();
    await Promise.all([first, ...later]);
    expect(t.batches).toEqual([1, 3]);
  });

  describe('a batch smaller than MIN_BATCH waits up to RECORD_LINGER_MS for company', () => {
    beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'performance'] }));
    afterEach(() => jest.useRealTimers());
    const ticks = async (n = 3) => {
      for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
    };

    it('writes records that trickle in within the linger together, once the oldest has waited it', async () => {
      const t = recorderWith(async () => undefined);
      const all = [t.recorder.record(record(1))];
      await ticks();
      jest.advanceTimersByTime(RECORD_LINGER_MS / 2);
      all.push(t.recorder.record(record(2)), t.recorder.record(record(3)));
      await ticks();
      expect(t.batches).toEqual([]);
      await jest.advanceTimersByTimeAsync(RECORD_LINGER_MS);
      await Promise.all(all);
      expect(t.batches).toEqual([3]);
    });

    it('writes at once when MIN_BATCH records are waiting, without the linger', async () => {
      const t = recorderWith(async () => undefined);
      const first = t.recorder.record(record(0));
      await ticks();
      const rest = Array.from({ length: MIN_BATCH - 1 }, (_, n) => t.recorder.record(record(n + 1)));
      await Promise.all([first, ...rest]);
      expect(t.batches).toEqual([MIN_BATCH]);
    });

    it('writes at once when one endpoint has DELIVERY_CONCURRENCY_PER_ENDPOINT records waiting (half its prefetch window)', async () => {
      const t = recorderWith(async () => undefined, 3);
      const first = t.recorder.record(record(1, 'a'));
      await ticks();
      const others = [t.recorder.record(record(2, 'b')), t.recorder.record(record(3, 'a'))];
      await ticks();
      expect(t.batches).toEqual([]); // two endpoints, neither at its window
      const third = t.recorder.record(record(4, 'a'));
      await Promise.all([first, ...others, third]);
      expect(t.batches).toEqual([4]);
    });

    it('never lingers for an endpoint delivering one at a time (DELIVERY_CONCURRENCY_PER_ENDPOINT=1)', async () => {
      const t = recorderWith(async () => undefined, 1);
      await t.recorder.record(record(1));
      await t.recorder.record(record(2));
      expect(t.batches).toEqual([1, 1]);
    });

    it('writes at once when shutdown begins during the linger', async () => {
      const t = recorderWith(async () => undefined);
      const pending = t.recorder.record(record(1));
      await ticks();
      expect(t.batches).toEqual([]);
      t.recorder.beginShutdown();
      await pending;
      expect(t.batches).toEqual([1]);
    });
  });

  it('splits a large backlog into batches of at most 500', async () => {
    const t = recorderWith(async () => undefined);
    await Promise.all(Array.from({ length: 1_200 }, (_, n) => t.recorder.record(record(n))));
    expect(t.batches).toEqual([500, 500, 200]);
  });

  it('keeps retrying an unwritable batch (callers wait, nothing is lost) until it is written', async () => {
    let failures = 2;
    const t = recorderWith(async () => {
      if (failures-- > 0) throw new Error('database down');
    });
    const started = Date.now();
    await t.recorder.record(record(1));
    expect(t.batches).toEqual([1, 1, 1]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('after shutdown began, gives up on a batch that stays unwritable so the messages are requeued', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
    try {
      const t = recorderWith(async () => {
        throw new Error('database down');
      });
      t.recorder.beginShutdown();
      const result = t.recorder.record(record(1)).then(
        () => 'written',
        (err: Error) => err.message,
      );
      for (let i = 0; i < 20; i++) {
        await Promise.resolve();
        await new Promise((r) => setImmediate(r));
        jest.advanceTimersByTime(2_000);
      }
      expect(await result).toBe('database down');
    } finally {
      jest.useRealTimers();
    }
  });
});
