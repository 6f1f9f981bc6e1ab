import { failingNotice, formatDuration } from './format';

describe('settings page: a failing endpoint', () => {
  const now = Date.parse('2026-05-12T16:00:00Z');

  it('says since when it fails and how long is left before it is disabled', () => {
    expect(failingNotice({ failing_since: '2026-05-12T15:48:00Z', disables_at: '2026-05-12T20:48:00Z' }, now)).toBe(
      'Failing since 12 min ago · will be disabled in 4 h 48 min unless a delivery succeeds',
    );
  });

  it('says it will be disabled at the next failure once the time is up', () => {
    expect(failingNotice({ failing_since: '2026-05-07T15:00:00Z', disables_at: '2026-05-12T15:00:00Z' }, now)).toBe(
      'Failing since 5 days ago · will be disabled at its next failed delivery',
    );
  });

  it('says nothing for a healthy endpoint', () => {
    expect(failingNotice({ failing_since: null, disables_at: null }, now)).toBeNull();
    expect(failingNotice(undefined, now)).toBeNull();
  });

  it('formats durations for people', () => {
    expect(formatDuration(40_000)).toBe('40 s');
    expect(formatDuration(12 * 60_000)).toBe('12 min');
    expect(formatDuration(2 * 3_600_000)).toBe('2 h');
    expect(formatDuration(4 * 86_400_000)).toBe('4 days');
  });
});
