export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function sortedCopy(values: Iterable<number>): number[] {
  return [...values].sort((a, b) => a - b);
}

export function ms(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return v < 10 ? `${v.toFixed(1)} ms` : `${Math.round(v)} ms`;
}

export function int(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return Math.round(v).toLocaleString('en-US');
}

export function mb(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/**
 * Steady-state rate of a stream of arrival times (ms): arrivals between the 10th and the 90th
 * percentile of the count, so start-up skew and the tail do not count.
 */
export function steadyRate(arrivals: number[]): number {
  if (arrivals.length < 20) return NaN;
  const a = Math.floor(arrivals.length * 0.1);
  const b = Math.floor(arrivals.length * 0.9);
  return ((b - a) / (arrivals[b] - arrivals[a])) * 1000;
}
