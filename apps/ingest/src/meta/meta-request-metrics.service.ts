import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { IngestMetrics } from '../ingest-pipeline/ingest-metrics.service';

const META_PATH = '/meta/webhook';

/** The outcome label of a Meta POST, from the status it was answered with. */
export function metaOutcome(status: number): string {
  if (status >= 200 && status < 300) return 'accepted';
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'invalid_signature';
    case 413:
      return 'payload_too_large';
    case 503:
      return 'unavailable';
    default:
      return status >= 500 ? 'error' : `http_${status}`;
  }
}

/**
 * Counts every POST /meta/webhook by outcome, including those refused by Fastify before Nest sees them
 * (invalid JSON, body too large), with an onResponse hook.
 */
@Injectable()
export class MetaRequestMetrics implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: IngestMetrics,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as
      | { addHook?: (name: 'onResponse', hook: (req: { method: string; url: string }, reply: { statusCode: number }, done: () => void) => void) => void }
      | undefined;
    fastify?.addHook?.('onResponse', (req, reply, done) => {
      if (req.method === 'POST' && (req.url === META_PATH || req.url.startsWith(`${META_PATH}?`))) {
        this.metrics.requests.inc({ outcome: metaOutcome(reply.statusCode) });
      }
      done();
    });
  }
}
