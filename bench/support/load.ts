import { Pool } from 'undici';
import { SignedPayload } from './status-payloads';
import { sleep } from './stats';

export interface OpenLoopResult {
  sent: number;
  acked: number;
  failed: number;
  seconds: number;
  /** Achieved send rate (events/s). */
  rate: number;
  /** wamid → performance.now() of its 200 answer. */
  ackedAt: Map<string, number>;
  /** wamid → performance.now() when it was sent. */
  sentAt: Map<string, number>;
  /** Ack latency (ms), ascending. */
  ackLatency: number[];
}

/**
 * Meta's side of the connections: keep-alive, up to `connections` at once. A warm-up and the measured run
 * given the same pool measure the run on warm connections, as Meta's steady traffic arrives.
 */
export function senderPool(origin: string, connections = 128): Pool {
  return new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 60_000 });
}

/**
 * Open-loop load: sends `payloads` (one event each) at `rate` per second, in paced batches every
 * `tickMs`, whatever the answers do (a slow server does not slow the sender down, it piles up
 * requests in flight, as Meta would). A given `pool` is left open, so a warm-up and the run can share its connections.
 */
export async function openLoop(
  origin: string,
  payloads: SignedPayload[],
  rate: number,
  opts: { tickMs?: number; connections?: number; pool?: Pool } = {},
): Promise<OpenLoopResult> {
  const tickMs = opts.tickMs ?? 10;
  const pool = opts.pool ?? senderPool(origin, opts.connections);
  const ackedAt = new Map<string, number>();
  const sentAt = new Map<string, number>();
  const ackLatency: number[] = [];
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  for (let n = 0; n < payloads.length;) {
    const due = Math.min(payloads.length, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    for (; n < due; n++) {
      const p = payloads[n];
      const t0 = performance.now();
      sentAt.set(p.wamid, t0);
      inFlight.push(
        pool
          .request({ method: 'POST', path: '/meta/webhook', body: p.body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': p.signature } })
          .then(async (res) => {
            await res.body.dump();
            const t1 = performance.now();
            if (res.statusCode === 200) {
              ackedAt.set(p.wamid, t1);
              ackLatency.push(t1 - t0);
            } else failed++;
          })
          .catch(() => void failed++),
      );
    }
    await sleep(tickMs);
  }
  const sendSeconds = (performance.now() - started) / 1000;
  await Promise.all(inFlight);
  if (!opts.pool) await pool.close();
  return {
    sent: payloads.length,
    acked: ackedAt.size,
    failed,
    seconds: sendSeconds,
    rate: payloads.length / sendSeconds,
    ackedAt,
    sentAt,
    ackLatency: ackLatency.sort((a, b) => a - b),
  };
}

/** Ack → first arrival (ms, ascending) of every acked event the receiver has. */
export function ackToArrival(ackedAt: Map<string, number>, arrivals: Map<string, number>): number[] {
  const out: number[] = [];
  for (const [id, at] of ackedAt) {
    const arrived = arrivals.get(id);
    if (arrived !== undefined) out.push(Math.max(0, arrived - at));
  }
  return out.sort((a, b) => a - b);
}
