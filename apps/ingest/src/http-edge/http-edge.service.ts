import { Injectable } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { DomainException, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { AuthenticatedRequest, RequestAuthenticator } from '../auth/request-authenticator.service';
import { MetaSignatureCheck, parseMetaSignatureHeader } from '../meta/meta-signature';
import { MetaSignedRequest } from '../meta/meta-signature.guard';
import { readBody } from './body-reader';
import { jsonNestsDeeperThan } from './json-depth';
import { API_BODY_LIMIT_BYTES, MAX_API_JSON_DEPTH, RouteEdge, routeEdge } from './route-edge';

type EdgeRequest = FastifyRequest & AuthenticatedRequest & MetaSignedRequest;

const invalidSignature = () => new DomainException(ErrorCode.InvalidSignature, 'X-Hub-Signature-256 is missing or does not match the body');

/**
 * The ingest's HTTP edge, wired into Fastify before any route is registered:
 *  - per-route body limits (Meta: META_BODY_LIMIT_BYTES; everything else 64 KB);
 *  - credentials checked from headers in onRequest, before a byte of the body is read: API key on /v1,
 *    admin token on /admin/v1, a well-formed X-Hub-Signature-256 on the Meta POST;
 *  - the only body parser (application/json): on the Meta route it verifies the HMAC over the raw bytes
 *    and parses only what Meta signed; elsewhere it refuses deep nesting before parsing.
 * Every other content type is answered 415 without reading the body.
 */
@Injectable()
export class HttpEdge {
  constructor(
    private readonly config: AppConfig,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  install(fastify: FastifyInstance): void {
    const metaLimit = this.config.metaBodyLimitBytes;
    fastify.addHook('onRoute', (route: RouteOptions) => {
      route.bodyLimit = routeEdge(route.url) === 'meta' ? metaLimit : API_BODY_LIMIT_BYTES;
    });
    fastify.addHook('onRequest', async (req, reply) => {
      try {
        await this.authenticate(req as EdgeRequest, routeEdge(req.routeOptions.url));
      } catch (err) {
        // Refused before its body was read: closing the connection spares reading (and discarding) the rest.
        void reply.header('connection', 'close');
        throw err;
      }
    });

    const parseJson = fastify.getDefaultJsonParser('error', 'error');
    fastify.removeAllContentTypeParsers();
    // Stream mode (no parseAs): this parser reads the bytes itself, so Meta's HMAC is computed chunk by
    // chunk as they arrive and a refused body is never concatenated, let alone parsed.
    fastify.addContentTypeParser('application/json', (request, payload, done) => {
      const req = request as EdgeRequest;
      const meta = routeEdge(req.routeOptions.url) === 'meta';
      const signature = meta ? new MetaSignatureCheck(this.config.metaAppSecret) : null;
      const limit = req.routeOptions.bodyLimit ?? API_BODY_LIMIT_BYTES;
      readBody(payload, req.headers['content-length'], limit, signature ? (chunk) => signature.update(chunk) : undefined).then(
        (chunks) => {
          if (signature) {
            if (!signature.matches(req.headers['x-hub-signature-256'])) return done(invalidSignature());
            req.metaSignatureVerified = true;
          }
          const raw = Buffer.concat(chunks);
          if (!meta && jsonNestsDeeperThan(raw, MAX_API_JSON_DEPTH)) {
            return done(DomainException.validation('body', `JSON must not nest deeper than ${MAX_API_JSON_DEPTH} levels`));
          }
          parseJson(req, raw as unknown as string, done);
        },
        (err: Error) => done(err),
      );
    });
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
