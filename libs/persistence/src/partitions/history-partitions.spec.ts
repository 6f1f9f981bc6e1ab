import { addDays, eventDayOf, utcDay } from './history-partitions';

describe('eventDayOf', () => {
  it('is the UTC day of an ISO time, whatever day the previous call saw', () => {
    expect(eventDayOf('2026-12-03T23:59:59.999Z')).toBe('2026-12-03');
    expect(eventDayOf('2026-12-04T00:00:00.000Z')).toBe('2026-12-04');
    expect(eventDayOf('2026-12-03T00:00:00.000Z')).toBe('2026-12-03');
    expect(eventDayOf('2026-12-04T01:00:00+02:00')).toBe('2026-12-03');
  });

  it('takes a Date as well, and times before 1970', () => {
    expect(eventDayOf(new Date('2026-02-28T12:00:00Z'))).toBe('2026-02-28');
    expect(eventDayOf(new Date('1969-12-31T23:00:00Z'))).toBe('1969-12-31');
    expect(eventDayOf('1969-12-31T00:00:00Z')).toBe('1969-12-31');
  });

  it('gives the DEFAULT partition day 1970-01-01 to an unreadable time', () => {
    expect(eventDayOf('not a time')).toBe('1970-01-01');
    expect(eventDayOf(new Date(Number.NaN))).toBe('1970-01-01');
  });

  it('agrees with new Date(…) + utcDay on every hour of a year, in a shuffled order', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    const instants = Array.from({ length: 24 * 366 }, (_, h) => new Date(start + h * 3_600_000 + (h % 7) * 61_000).toISOString());
    for (let i = instants.length - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [instants[i], instants[j]] = [instants[j], instants[i]];
    }
    for (const at of instants) expect(eventDayOf(at)).toBe(utcDay(new Date(at)));
  });
});

describe('addDays', () => {
  it('crosses months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
