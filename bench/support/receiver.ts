import { createServer, Server } from 'node:http';
import { sleep } from './stats';

/** Arrivals of one event (keyed by its Meta wamid) at the receiver. */
export interface Arrival {
  first: number;
  last: number;
  count: number;
}

const WAMID = /wamid\.[A-Za-z0-9_=+/-]+/;

/**
 * A customer endpoint on localhost with keep-alive: answers 200 at once, except paths containing
 * "/hang", which never answer (a timing-out endpoint). Notes, per path and per event (first wamid in the
 * body), when each delivery arrived (performance.now()).
 */
export class BenchReceiver {
  /** Every answered arrival time, in order. */
  readonly times: number[] = [];
  /** Per path ("/hook?e=3"), then per wamid. */
  readonly byPath = new Map<string, Map<string, Arrival>>();
  hung = 0;
  private server: Server | null = null;
  origin = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.url?.includes('/hang')) {
          this.hung++;
          return; // never answers: the dispatcher's timeout ends it
        }
        const now = performance.now();
        this.times.push(now);
        const key = WAMID.exec(Buffer.concat(chunks).toString('latin1'))?.[0];
        if (key) {
          const pathKey = req.url ?? '/';
          let events = this.byPath.get(pathKey);
          if (!events) this.byPath.set(pathKey, (events = new Map()));
          const a = events.get(key);
          if (a) {
            a.last = now;
            a.count++;
          } else events.set(key, { first: now, last: now, count: 1 });
        }
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
    });
    this.server.keepAliveTimeout = 60_000;
    this.server.headersTimeout = 0;
    this.server.requestTimeout = 0;
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    this.origin = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    return this;
  }

  get count(): number {
    return this.times.length;
  }

  reset(): void {
    this.times.length = 0;
    this.byPath.clear();
    this.hung = 0;
  }

  /** Earliest arrival of each wamid over the given paths (all paths when none given). */
  firstArrivals(paths?: string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const [p, events] of this.byPath) {
      if (paths && !paths.includes(p)) continue;
      for (const [k, a] of events) if (!out.has(k) || out.get(k)! > a.first) out.set(k, a.first);
    }
    return out;
  }

  duplicates(): number {
    let d = 0;
    for (const events of this.byPath.values()) for (const a of events.values()) d += a.count - 1;
    return d;
  }

  async waitFor(count: number, timeoutMs: number, idleMs = Infinity): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    let lastCount = -1;
    let lastChange = Date.now();
    while (this.count < count && Date.now() < deadline) {
      if (this.count !== lastCount) {
        lastCount = this.count;
        lastChange = Date.now();
      } else if (Date.now() - lastChange > idleMs) return false;
      await sleep(20);
    }
    return this.count >= count;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
