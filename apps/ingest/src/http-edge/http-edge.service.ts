import { Injectable } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyBodyParser, FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { DomainException, ErrorCode, MethodNotAllowedException } from '@app/common';
import { AppConfig } from '@app/config';
import { AuthenticatedRequest, RequestAuthenticator } from '../auth/request-authenticator.service';
import { MetaSignatureCheck, parseMetaSignatureHeader } from '../meta/meta-signature';
import { MetaSignedRequest } from '../meta/meta-signature.guard';
import { BodyBufferPool } from './body-buffer-pool';
import { payloadTooLarge, readBody } from './body-reader';
import { jsonNestsDeeperThan } from './json-depth';
import { ReadPace } from './read-pace';
import { API_BODY_LIMIT_BYTES, MAX_API_JSON_DEPTH, RouteEdge, routeEdge } from './route-edge';
import { RouteMethods } from './route-methods';

type EdgeRequest = FastifyRequest & AuthenticatedRequest & MetaSignedRequest;

/** Meta's own batches are small; 4 × 5 MB of memory bounds what unauthenticated large bodies can take. */
const LARGE_META_BODIES_AT_ONCE = 4;
/**
 * Bytes per second read, all together, of large Meta bodies whose signature is not yet known: a flood of
 * them gets this share of the process and no more, while a real 3 MB batch still reads in a tenth of a second.
 */
const LARGE_META_BYTES_PER_SECOND = 32 * 1024 * 1024;

/**
 * An authenticated API body over the limit is still read (and dropped) up to this size, so the caller
 * gets its 413 rather than a broken pipe; anything larger is refused as soon as it is known.
 */
const DISCARD_API_BODY_UP_TO = 8 * 1024 * 1024;

const invalidSignature = () => new DomainException(ErrorCode.InvalidSignature, 'X-Hub-Signature-256 is missing or does not match the body');

/**
 * The ingest's HTTP edge, wired into Fastify before any route is registered:
 *  - per-route body limits (Meta: META_BODY_LIMIT_BYTES; everything else 64 KB);
 *  - credentials checked from headers in onRequest, before a byte of the body is read: API key on /v1,
 *    admin token on /admin/v1, a well-formed X-Hub-Signature-256 on the Meta POST;
 *  - the only body parser (application/json): on the Meta route it verifies the HMAC over the raw bytes
 *    as they arrive and parses only what Meta signed (a large body goes into a pooled buffer, so refused
 *    ones leave no garbage, only a few are read at once, at a bounded byte rate); elsewhere it refuses
 *    deep nesting first.
 * Every other content type is answered 415 without reading the body; a known path asked with a method it
 * does not have is answered 405 with Allow.
 */
@Injectable()
export class HttpEdge {
  /** Large Meta bodies read at once before their signature is known (each holds META_BODY_LIMIT_BYTES). */
  private readonly metaBodies: BodyBufferPool;
  private readonly metaPace = new ReadPace(LARGE_META_BYTES_PER_SECOND);
  private readonly routeMethods = new RouteMethods();
  /** Fastify's JSON parser (prototype and constructor poisoning refused), once installed. */
  private parseJson: FastifyBodyParser<string> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly authenticator: RequestAuthenticator,
  ) {
    this.metaBodies = new BodyBufferPool(config.metaBodyLimitBytes, LARGE_META_BODIES_AT_ONCE);
  }

  install(fastify: FastifyInstance): void {
    const metaLimit = this.config.metaBodyLimitBytes;
    fastify.addHook('onRoute', (route: RouteOptions) => {
      route.bodyLimit = routeEdge(route.url) === 'meta' ? metaLimit : API_BODY_LIMIT_BYTES;
      this.routeMethods.add(route.url, route.method);
    });
    fastify.addHook('onRequest', async (req, reply) => {
      // No route matched: before the 404, a path that exists under other methods is a 405.
      if (!req.routeOptions.url) {
        const allow = this.routeMethods.allowedFor(req.url);
        if (allow.length > 0) throw new MethodNotAllowedException(allow, req.method);
      }
      try {
        await this.authenticate(req as EdgeRequest, routeEdge(req.routeOptions.url));
      } catch (err) {
        // Refused before its body was read: closing the connection spares reading (and discarding) the rest.
        void reply.header('connection', 'close');
        throw err;
      }
    });

    const parseJson = fastify.getDefaultJsonParser('error', 'error');
    this.parseJson = parseJson;
    fastify.removeAllContentTypeParsers();
    // Stream mode (no parseAs): this parser reads the bytes itself, so Meta's HMAC is computed chunk by
    // chunk as they arrive and a refused body is never parsed.
    fastify.addContentTypeParser('application/json', (request, payload, done) => {
      const req = request as EdgeRequest;
      const read =
        routeEdge(req.routeOptions.url) === 'meta'
          ? this.readSignedBody(req.headers, payload).then((raw) => {
              req.metaSignatureVerified = true;
              return raw;
            })
          : this.readApiBody(req, payload);
      read.then(
        (raw) => parseJson(req, raw as unknown as string, done),
        (err: Error) => done(err),
      );
    });
  }

  /**
   * A small Meta body (declared Content-Length up to 64 KB), HMAC-checked and parsed exactly as the
   * Fastify route's parser does, for MetaDirectRoute. Rejects with what that parser would have handed
   * Fastify: a DomainException, or a FastifyError for JSON it refuses.
   */
  async readSmallMetaJson(headers: IncomingHttpHeaders, payload: NodeJS.ReadableStream): Promise<unknown> {
    const raw = await this.readSignedBody(headers, payload);
    return new Promise((resolve, reject) =>
      this.parseJson!({} as FastifyRequest, raw as unknown as string, (err: Error | null, body?: unknown) => (err ? reject(err) : resolve(body))),
    );
  }

  /** A Meta body, once its HMAC matched; a large one is read into a pooled buffer and copied out only then. */
  private async readSignedBody(headers: IncomingHttpHeaders, payload: NodeJS.ReadableStream): Promise<Buffer> {
    const limit = this.metaBodies.size;
    const declared = Number(headers['content-length']);
    if (declared > limit) throw payloadTooLarge();
    const signature = new MetaSignatureCheck(this.config.metaAppSecret);
    const onChunk = (chunk: Buffer) => signature.update(chunk);
    if (declared <= API_BODY_LIMIT_BYTES) {
      const body = await readBody(payload, headers['content-length'], limit, { onChunk });
      if (!signature.matches(headers['x-hub-signature-256'])) throw invalidSignature();
      return body;
    }
    const into = await this.metaBodies.acquire();
    try {
      const body = await readBody(payload, headers['content-length'], limit, { onChunk, into, pace: (bytes) => this.metaPace.take(bytes) });
      if (!signature.matches(headers['x-hub-signature-256'])) throw invalidSignature();
      return Buffer.from(body);
    } finally {
      this.metaBodies.release(into);
    }
  }

  private async readApiBody(req: EdgeRequest, payload: NodeJS.ReadableStream): Promise<Buffer> {
    const body = await readBody(payload, req.headers['content-length'], req.routeOptions.bodyLimit ?? API_BODY_LIMIT_BYTES, {
      discardUpTo: DISCARD_API_BODY_UP_TO,
    });
    if (jsonNestsDeeperThan(body, MAX_API_JSON_DEPTH)) throw DomainException.validation('body', `JSON must not nest deeper than ${MAX_API_JSON_DEPTH} levels`);
    return body;
  }

  private async authenticate(req: EdgeRequest, edge: RouteEdge): Promise<void> {
    switch (edge) {
      case 'api':
        return this.authenticator.authenticateApiKey(req);
      case 'admin':
        return this.authenticator.authenticateAdmin(req);
      case 'meta':
        // The HMAC needs the body; its header's form does not, so a malformed one costs no read.
        if (req.method === 'POST' && !parseMetaSignatureHeader(req.headers['x-hub-signature-256'])) throw invalidSignature();
        return;
      case 'open':
        return;
    }
  }
}
