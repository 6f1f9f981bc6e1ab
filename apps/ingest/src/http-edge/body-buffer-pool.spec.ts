import { BodyBufferPool } from './body-buffer-pool';

describe('body buffer pool', () => {
  it('creates at most max buffers, then makes the next reader wait for a release', async () => {
    const pool = new BodyBufferPool(16, 2);
    const a = await pool.acquire();
    const b = await pool.acquire();
    expect(a.length).toBe(16);
    expect(a).not.toBe(b);
    let third: Buffer | null = null;
    void pool.acquire().then((buffer) => (third = buffer));
    await new Promise((r) => setImmediate(r));
    expect(third).toBeNull();
    pool.release(a);
    await new Promise((r) => setImmediate(r));
    expect(third).toBe(a);
  });

  it('reuses released buffers instead of creating new ones', async () => {
    const pool = new BodyBufferPool(8, 3);
    const a = await pool.acquire();
    pool.release(a);
    expect(await pool.acquire()).toBe(a);
  });
});
