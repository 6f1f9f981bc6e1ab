import { Pool } from 'undici';
import { int } from './stats';

export interface CreatedEndpoints {
  /** Wall time of the whole run. */
  seconds: number;
  /** Per-create latency in ms, sorted ascending. */
  latencies: number[];
  failures: number;
}

/**
 * Creates `count` endpoints through the public API, `concurrency` at a time, each to its own receiver
 * path; logs the rate every `logEvery` creates under `label`.
 */
export async function createEndpoints(opts: {
  ingestUrl: string;
  apiKey: string;
  receiverOrigin: string;
  count: number;
  concurrency: number;
  events: string[];
  label: string;
  logEvery: number;
  log: (line: string) => void;
}): Promise<CreatedEndpoints> {
  const pool = new Pool(opts.ingestUrl, { connections: opts.concurrency });
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const t0 = performance.now();
  try {
    await Promise.all(
      Array.from({ length: opts.concurrency }, async () => {
        while (next < opts.count) {
          const i = next++;
          const s = performance.now();
          const res = await pool.request({
            method: 'POST',
            path: '/v1/webhooks',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.apiKey}` },
            body: JSON.stringify({ url: `${opts.receiverOrigin}/hook?e=${i}`, events: opts.events }),
          });
          await res.body.dump();
          latencies.push(performance.now() - s);
          if (res.statusCode !== 201) failures++;
          if (i % opts.logEvery === opts.logEvery - 1)
            opts.log(`${opts.label}: ${i + 1} endpoints created (${int((i + 1) / ((performance.now() - t0) / 1000))}/s)`);
        }
      }),
    );
  } finally {
    await pool.close();
  }
  return { seconds: (performance.now() - t0) / 1000, latencies: latencies.sort((a, b) => a - b), failures };
}
