import { EndpointConcurrencyLimiter, ShuttingDownError } from './endpoint-concurrency.limiter';

const tick = () => new Promise((r) => setImmediate(r));

describe('EndpointConcurrencyLimiter', () => {
  it('gives at most N slots per endpoint and hands a released slot to the next waiter in order', async () => {
    const limiter = new EndpointConcurrencyLimiter(2);
    const first = await limiter.acquire('a');
    const second = await limiter.acquire('a');
    const order: string[] = [];
    const third = limiter.acquire('a').then((release) => (order.push('third'), release));
    const fourth = limiter.acquire('a').then((release) => (order.push('fourth'), release));
    await tick();
    expect(order).toEqual([]);
    expect(limiter.active('a')).toBe(2);
    first();
    await tick();
    expect(order).toEqual(['third']);
    second();
    await tick();
    expect(order).toEqual(['third', 'fourth']);
    (await third)();
    (await fourth)();
    expect(limiter.active('a')).toBe(0);
  });

  it('keeps endpoints apart: a full endpoint does not hold back another', async () => {
    const limiter = new EndpointConcurrencyLimiter(1);
    await limiter.acquire('slow');
    let waiting = true;
    void limiter.acquire('slow').then(() => (waiting = false));
    const other = await limiter.acquire('fast');
    expect(typeof other).toBe('function');
    await tick();
    expect(waiting).toBe(true);
  });

  it('on close rejects every waiter and refuses new slots with ShuttingDownError', async () => {
    const limiter = new EndpointConcurrencyLimiter(1);
    await limiter.acquire('a');
    const waiter = limiter.acquire('a');
    limiter.close();
    await expect(waiter).rejects.toBeInstanceOf(ShuttingDownError);
    await expect(limiter.acquire('b')).rejects.toBeInstanceOf(ShuttingDownError);
  });
});
