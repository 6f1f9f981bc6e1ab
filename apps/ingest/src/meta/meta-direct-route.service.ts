import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { HttpException, Injectable, OnModuleDestroy } from '@nestjs/common';
import { reportApiError } from '@app/common';
import { HttpEdge } from '../http-edge/http-edge.service';
import { interceptRequests } from '../http-edge/request-interceptor';
import { API_BODY_LIMIT_BYTES, META_WEBHOOK_PATH } from '../http-edge/route-edge';
import { IngestMetrics } from '../ingest-pipeline/ingest-metrics.service';
import { MetaIngestService } from './meta-ingest.service';
import { metaOutcome } from './meta-request-metrics.service';
import { parseMetaSignatureHeader } from './meta-signature';
import { MetaVerificationService } from './meta-verification.service';

const JSON_TYPES = new Set(['application/json', 'application/json; charset=utf-8']);
const DECIMAL = /^[0-9]+$/;

/**
 * Whether a request is Meta's ordinary POST: the callback path, a JSON content type, a declared body of
 * at most 64 KB (no chunked encoding) and a well-formed signature header. Decided from the headers alone.
 */
export function isPlainMetaPost(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): boolean {
  if (method !== 'POST' || url === undefined) return false;
  if (url !== META_WEBHOOK_PATH && !url.startsWith(`${META_WEBHOOK_PATH}?`)) return false;
  const type = headers['content-type'];
  if (type === undefined || !JSON_TYPES.has(type.toLowerCase())) return false;
  const length = headers['content-length'];
  if (length === undefined || !DECIMAL.test(length) || headers['transfer-encoding'] !== undefined) return false;
  const bytes = Number(length);
  return bytes > 0 && bytes <= API_BODY_LIMIT_BYTES && parseMetaSignatureHeader(headers['x-hub-signature-256']) !== null;
}

/** What Nest's error handler makes of an error Fastify's body parser reports (FST_ERR_CTP_*): an HttpException of its status. */
function asNestSeesIt(err: unknown): unknown {
  const e = err as { name?: string; statusCode?: number; message?: string };
  return err instanceof Error && e.name === 'FastifyError' && e.statusCode !== undefined ? new HttpException(err.message, e.statusCode) : err;
}

/**
 * Meta's POST served straight from node's request event, before Fastify and Nest: at 1,000 events/s their
 * per-request machinery (hooks, content-type parser, router, guard, pipes, interceptor chain, reply
 * serialisation) was half of the ingest's CPU. Same steps and same answers as the Nest route: the HMAC over
 * the raw bytes and Fastify's JSON parser (HttpEdge), the shape check, MetaIngestService, the one error
 * body (reportApiError), the connection closed when the body could not be taken (as Fastify does after a
 * body-parser error), the request counted by outcome.
 *
 * Only ordinary requests are taken (isPlainMetaPost); every other one — large or chunked bodies (pooled,
 * paced reads), other content types, malformed signature headers, other methods — goes on to the Nest
 * route unchanged, and so does everything once shutdown has begun.
 */
@Injectable()
export class MetaDirectRoute implements OnModuleDestroy {
  private closing = false;

  constructor(
    private readonly edge: HttpEdge,
    private readonly verification: MetaVerificationService,
    private readonly ingest: MetaIngestService,
    private readonly metrics: IngestMetrics,
  ) {}

  /** After HttpEdge.install (its JSON parser is used here). */
  install(server: Server): void {
    interceptRequests(server, (req, res) => this.take(req, res));
  }

  onModuleDestroy(): void {
    this.closing = true;
  }

  private take(req: IncomingMessage, res: ServerResponse): boolean {
    if (this.closing || !isPlainMetaPost(req.method, req.url, req.headers)) return false;
    void this.serve(req, res);
    return true;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: unknown;
    try {
      body = await this.edge.readSmallMetaJson(req.headers, req);
    } catch (err) {
      return this.fail(res, asNestSeesIt(err), true);
    }
    try {
      const result = await this.ingest.ingest(this.verification.assertShape(body));
      this.send(res, 200, JSON.stringify(result), false);
    } catch (err) {
      this.fail(res, err, false);
    }
  }

  private fail(res: ServerResponse, err: unknown, closeConnection: boolean): void {
    const body = reportApiError(err);
    this.send(res, body.status, JSON.stringify(body), closeConnection);
  }

  private send(res: ServerResponse, status: number, json: string, closeConnection: boolean): void {
    const headers: Record<string, string | number> = closeConnection ? { connection: 'close' } : {};
    headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = Buffer.byteLength(json);
    res.writeHead(status, headers).end(json);
    this.metrics.requests.inc({ outcome: metaOutcome(status) });
  }
}
