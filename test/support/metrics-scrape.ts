/**
 * Samples from one scrape of an app's /metrics: for each prefix, the value of the first sample line
 * (comments skipped) that starts with it, or NaN. One scrape for all of them, since a scrape resets
 * prom-client's event-loop delay histogram.
 */
export async function scrapeMetrics(baseUrl: string, prefixes: string[]): Promise<number[]> {
  const lines = (await (await fetch(`${baseUrl}/metrics`)).text()).split('\n').filter((l) => !l.startsWith('#'));
  return prefixes.map((prefix) => {
    const line = lines.find((l) => l.startsWith(prefix));
    return line ? Number(line.split(' ').pop()) : NaN;
  });
}
