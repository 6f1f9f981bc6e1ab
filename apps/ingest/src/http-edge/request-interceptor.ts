import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** Answers a request itself and returns true, or returns false (before reading anything) to leave it to Fastify. */
export type RequestTaker = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * Puts `take` in front of Fastify's request listener on the server Fastify created, so a hot route can be
 * served without Fastify's and Nest's per-request machinery while the server keeps every setting Fastify
 * gave it (keep-alive and request timeouts, closing). Fastify attaches exactly one listener; anything
 * else means its internals changed, and the app refuses to start rather than serve requests twice.
 */
export function interceptRequests(server: Server, take: RequestTaker): void {
  const listeners = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  if (listeners.length !== 1) throw new Error(`expected Fastify's one request listener on the HTTP server, found ${listeners.length}`);
  const [fastify] = listeners;
  server.removeListener('request', fastify);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!take(req, res)) fastify(req, res);
  });
}
