import { RateDraw } from '@app/persistence';
import { ShuttingDownError } from './endpoint-concurrency.limiter';

/** The shared budget the limiter draws from (EndpointRateBudgetRepository). */
export interface RateBudget {
  draw(endpointId: string, wanted: number, limit: number): Promise<RateDraw>;
  pause(endpointId: string, ms: number): Promise<void>;
}

/** A receiver's Retry-After is honoured up to this long. */
export const MAX_PAUSE_MS = 5 * 60_000;
/** Spread of replicas' wake-ups after a full second, so they do not all query in the same millisecond. */
const WAKE_JITTER_MS = 15;
/** A budget that cannot be read (database away) is asked again after this long. */
const ERROR_WAIT_MS = 500;

interface Waiter {
  resolve: () => void;
  reject: (err: Error) => void;
}

interface EndpointState {
  waiters: Waiter[];
  pumping: boolean;
  /** A 429 + Retry-After seen by this replica: nothing starts before (ms epoch). */
  pausedUntil: number;
}

/**
 * Per-endpoint rate limits across every dispatcher replica: a limited endpoint's deliveries start only
 * with a grant from its shared per-second budget in PostgreSQL. The waiting deliveries of one endpoint
 * in this replica draw together (one query for all of them), so the database sees a few queries a second
 * per limited endpoint whatever the rate. Only the messages already prefetched wait here; the rest stay
 * in RabbitMQ. A 429 with Retry-After pauses that endpoint only: in this replica at once, and in the
 * shared budget (every replica) when it is rate-limited. Unlimited endpoints without a pause pass at once.
 */
export class EndpointRateLimiter {
  private readonly states = new Map<string, EndpointState>();
  private closed = false;

  constructor(
    private readonly budget: RateBudget,
    private readonly onError: (endpointId: string, err: Error) => void = () => undefined,
  ) {}

  /** Resolves when a delivery to `endpointId` may start; `limit` null = unlimited. */
  acquire(endpointId: string, limit: number | null): Promise<void> {
    if (this.closed) return Promise.reject(new ShuttingDownError());
    const state = this.states.get(endpointId);
    if (limit === null && (!state || (state.pausedUntil <= Date.now() && state.waiters.length === 0))) return Promise.resolve();
    const s = state ?? this.stateOf(endpointId);
    return new Promise<void>((resolve, reject) => {
      s.waiters.push({ resolve, reject });
      if (!s.pumping) void this.pump(endpointId, s, limit);
    });
  }

  /** The receiver answered 429 with Retry-After: hold this endpoint (only it) that long. */
  async pause(endpointId: string, ms: number, limit: number | null): Promise<void> {
    const bounded = Math.min(Math.max(ms, 0), MAX_PAUSE_MS);
    const s = this.stateOf(endpointId);
    s.pausedUntil = Math.max(s.pausedUntil, Date.now() + bounded);
    if (limit !== null) await this.budget.pause(endpointId, bounded);
  }

  /** Deliveries of one endpoint waiting for the budget in this replica (for tests and metrics). */
  waiting(endpointId: string): number {
    return this.states.get(endpointId)?.waiters.length ?? 0;
  }

  /** Shutdown: no new grant; every waiter is rejected with ShuttingDownError (its message is requeued). */
  close(): void {
    this.closed = true;
    for (const s of this.states.values()) for (const w of s.waiters.splice(0)) w.reject(new ShuttingDownError());
  }

  private stateOf(endpointId: string): EndpointState {
    let s = this.states.get(endpointId);
    if (!s) {
      s = { waiters: [], pumping: false, pausedUntil: 0 };
      this.states.set(endpointId, s);
    }
    return s;
  }

  private async pump(endpointId: string, s: EndpointState, limit: number | null): Promise<void> {
    s.pumping = true;
    try {
      await new Promise((r) => setImmediate(r)); // gather the deliveries this tick brings: one draw for all
      while (s.waiters.length > 0 && !this.closed) {
        const pausedFor = s.pausedUntil - Date.now();
        if (pausedFor > 0) {
          await sleep(pausedFor);
          continue;
        }
        if (limit === null) {
          for (const w of s.waiters.splice(0)) w.resolve();
          break;
        }
        let draw: RateDraw;
        try {
          draw = await this.budget.draw(endpointId, s.waiters.length, limit);
        } catch (err) {
          this.onError(endpointId, err as Error);
          await sleep(ERROR_WAIT_MS);
          continue;
        }
        for (const w of s.waiters.splice(0, draw.granted)) w.resolve();
        if (s.waiters.length > 0) await sleep(draw.waitMs + Math.floor(Math.random() * WAKE_JITTER_MS));
      }
    } finally {
      s.pumping = false;
      if (s.waiters.length === 0 && s.pausedUntil <= Date.now()) this.states.delete(endpointId);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
