import { ReadPace } from './read-pace';

describe('read pace', () => {
  let now = 1_000_000;
  const clock = () => now;

  it('lets a burst through, then asks for pauses that keep to the rate', () => {
    const pace = new ReadPace(1000, 100, clock); // 1000 bytes/s, 100 ms of burst
    expect(pace.take(100)).toBe(0);
    expect(pace.take(1000)).toBe(1000);
    now += 1000;
    expect(pace.take(0)).toBe(0);
  });

  it('is shared: a second reader waits behind the first', () => {
    const pace = new ReadPace(1_000_000, 0, clock);
    expect(pace.take(500_000)).toBe(500);
    expect(pace.take(500_000)).toBe(1000);
  });

  it('does not bank idle time beyond the burst', () => {
    const pace = new ReadPace(1000, 100, clock);
    now += 60_000;
    expect(pace.take(100)).toBe(0);
    expect(pace.take(500)).toBe(500);
  });
});
