import { boundedEach } from './bounded-each';

/** A task per item that resolves when the test says so. */
function gated() {
  const open = new Map<number, () => void>();
  const started: number[] = [];
  let running = 0;
  let peak = 0;
  const fn = (item: number) =>
    new Promise<void>((resolve) => {
      started.push(item);
      peak = Math.max(peak, ++running);
      open.set(item, () => {
        running--;
        resolve();
      });
    });
  return { fn, started, open, peak: () => peak };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('boundedEach', () => {
  it('runs every item, never more than the limit at once, starting the next as one finishes', async () => {
    const g = gated();
    const done = boundedEach([1, 2, 3, 4, 5], 2, g.fn);
    await flush();
    expect(g.started).toEqual([1, 2]);
    g.open.get(2)!();
    await flush();
    expect(g.started).toEqual([1, 2, 3]);
    for (const item of [1, 3, 4, 5]) {
      await flush();
      g.open.get(item)!();
    }
    await done;
    expect(g.started).toEqual([1, 2, 3, 4, 5]);
    expect(g.peak()).toBe(2);
  });

  it('starts nothing after a failure, lets the tasks in flight finish, then throws the first error', async () => {
    const started: number[] = [];
    let inFlightFinished = false;
    const run = boundedEach([1, 2, 3, 4], 2, async (item) => {
      started.push(item);
      if (item === 1) throw new Error('first');
      await flush();
      await flush();
      inFlightFinished = true;
    });
    await expect(run).rejects.toThrow('first');
    expect(started).toEqual([1, 2]);
    expect(inFlightFinished).toBe(true);
  });

  it('does nothing on no items, and runs one at a time with a limit below one', async () => {
    const g = gated();
    await boundedEach([], 4, g.fn);
    const done = boundedEach([1, 2], 0, g.fn);
    await flush();
    expect(g.started).toEqual([1]);
    g.open.get(1)!();
    await flush();
    g.open.get(2)!();
    await done;
    expect(g.peak()).toBe(1);
  });
});
