/** Thrown to deliveries still waiting for a slot when the process shuts down: their messages are requeued. */
export class ShuttingDownError extends Error {
  constructor() {
    super('shutting down');
    this.name = 'ShuttingDownError';
  }
}

interface Slots {
  active: number;
  waiters: { resolve: (release: () => void) => void; reject: (err: Error) => void }[];
}

/**
 * At most `perEndpoint` deliveries in flight per endpoint in this replica, so a slow endpoint fills only
 * its own window (and backs up only its own queue) while every other endpoint keeps its full speed.
 */
export class EndpointConcurrencyLimiter {
  private readonly slots = new Map<string, Slots>();
  private closed = false;

  constructor(private readonly perEndpoint: number) {}

  /** A slot for `endpointId`; resolves with its release (call it exactly once). */
  acquire(endpointId: string): Promise<() => void> {
    if (this.closed) return Promise.reject(new ShuttingDownError());
    let s = this.slots.get(endpointId);
    if (!s) {
      s = { active: 0, waiters: [] };
      this.slots.set(endpointId, s);
    }
    const slots = s;
    const release = () => {
      const next = slots.waiters.shift();
      if (next) next.resolve(release);
      else if (--slots.active === 0 && this.slots.get(endpointId) === slots) this.slots.delete(endpointId);
    };
    if (slots.active < this.perEndpoint) {
      slots.active++;
      return Promise.resolve(release);
    }
    return new Promise((resolve, reject) => slots.waiters.push({ resolve, reject }));
  }

  /** Deliveries in flight for one endpoint (for tests and metrics). */
  active(endpointId: string): number {
    return this.slots.get(endpointId)?.active ?? 0;
  }

  /** Shutdown: no new slot is given; every waiter is rejected with ShuttingDownError. */
  close(): void {
    this.closed = true;
    for (const s of this.slots.values()) for (const w of s.waiters.splice(0)) w.reject(new ShuttingDownError());
  }
}
