import { Logger } from '@nestjs/common';
import { MetricsRegistry } from '@app/common';
import { AttemptRecord, DeliveryRepository } from '@app/persistence';
import { DispatcherMetrics } from '../metrics/dispatcher-metrics';
import { AttemptRecorder } from './attempt-recorder.service';

function record(n: number): AttemptRecord {
  return {
    deliveryId: `d${n}`,
    eventId: `evt_${n}`,
    endpointId: 'ep',
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

function recorderWith(write: (batch: AttemptRecord[]) => Promise<void>) {
  const batches: number[] = [];
  const repo = { recordAttempts: (batch: AttemptRecord[]) => (batches.push(batch.length), write(batch)) } as unknown as DeliveryRepository;
  return { recorder: new AttemptRecorder(repo, new DispatcherMetrics(new MetricsRegistry())), batches };
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
    await new Promise((r) => setImmediate(r));
    const later = [2, 3, 4].map((n) => t.recorder.record(record(n)));
    release();
    await Promise.all([first, ...later]);
    expect(t.batches).toEqual([1, 3]);
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
