const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses "250ms", "5s", "2m", "1h", "3d" into milliseconds. */
export function parseDuration(text: string): number {
  const m = /^\s*(\d+)(ms|s|m|h|d)\s*$/.exec(text);
  if (!m) throw new Error(`invalid duration "${text}"`);
  return Number(m[1]) * UNIT_MS[m[2]];
}

/** Parses a comma-separated schedule such as "5s,30s,2m" into milliseconds. */
export function parseSchedule(text: string): number[] {
  return text.split(',').map(parseDuration);
}
