import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';

export interface ReceivedRequest {
  headers: IncomingMessage['headers'];
  body: string;
  json: Record<string, unknown>;
  receivedAt: number;
}

export type Responder = (req: ReceivedRequest, res: ServerResponse) => void | Promise<void>;

/** A customer's endpoint on localhost: records every POST; answers 200 unless told otherwise. */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  private server: Server | null = null;
  private waiters: { count: number; resolve: () => void }[] = [];
  respond: Responder = (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  };

  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        let json: Record<string, unknown> = {};
        try {
          json = JSON.parse(body);
        } catch {
          // keep {} for non-JSON bodies
        }
        const received = { headers: req.headers, body, json, receivedAt: Date.now() };
        this.requests.push(received);
        this.waiters = this.waiters.filter((w) => (this.requests.length >= w.count ? (w.resolve(), false) : true));
        await this.respond(received, res);
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/hook`;
    return this;
  }

  /** Resolves when at least `count` requests arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs = 15_000): Promise<void> {
    if (this.requests.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`receiver got ${this.requests.length}/${count} requests in ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  eventsOfType(type: string): ReceivedRequest[] {
    return this.requests.filter((r) => r.json.type === type);
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
  }
}
