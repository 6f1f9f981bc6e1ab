import { GroupCommitQueue } from './group-commit-queue';

const tick = () => new Promise((r) => setImmediate(r));

describe('GroupCommitQueue', () => {
  it('flushes the items of concurrent callers together and answers each with its own result', async () => {
    const batches: number[][] = [];
    const queue = new GroupCommitQueue<number, number>(
      async (items) => {
        batches.push(items);
        return items.map((i) => i * 10);
      },
      { maxBatchWeight: 100, maxInFlight: 1 },
    );
    const results = await Promise.all([1, 2, 3].map((i) => queue.submit(i)));
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('collects what arrives while a flush runs into the next flush, and never exceeds maxInFlight', async () => {
    const batches: number[][] = [];
    let running = 0;
    let maxRunning = 0;
    let release: () => void = () => undefined;
    const queue = new GroupCommitQueue<number, number>(
      async (items) => {
        batches.push(items);
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise<void>((r) => (release = r));
        running--;
        return items;
      },
      { maxBatchWeight: 100, maxInFlight: 1 },
    );
    const first = queue.submit(1);
    await tick();
    const later = [2, 3, 4].map((i) => queue.submit(i));
    await tick();
    expect(batches).toEqual([[1]]);
    release();
    await first;
    await tick();
    await tick();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    release();
    await Promise.all(later);
    expect(maxRunning).toBe(1);
  });

  it('splits by weight and runs up to maxInFlight flushes at once', async () => {
    const batches: number[][] = [];
    const queue = new GroupCommitQueue<number, number>(
      async (items) => {
        batches.push(items);
        await tick();
        return items;
      },
      { maxBatchWeight: 5, maxInFlight: 2 },
      (w) => w,
    );
    await Promise.all([3, 2, 4, 1, 9].map((i) => queue.submit(i)));
    expect(batches).toEqual([[3, 2], [4, 1], [9]]);
  });

  it('rejects every caller of a failed flush and keeps serving the next ones', async () => {
    let fail = true;
    const queue = new GroupCommitQueue<number, number>(
      async (items) => {
        if (fail) throw new Error('db down');
        return items;
      },
      { maxBatchWeight: 10, maxInFlight: 1 },
    );
    const failed = await Promise.allSettled([queue.submit(1), queue.submit(2)]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(queue.submit(3)).resolves.toBe(3);
    await queue.drain();
  });
});
