import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, Observable, of, throwError } from 'rxjs';
import { DomainException } from '@app/common';
import { AuthenticatedRequest } from '../auth/request-authenticator.service';
import { IdempotencyService, IdempotentRequest } from './idempotency.service';
import { bodyHash, IDEMPOTENCY_KEY_PATTERN } from './request-fingerprint';

/**
 * Applied by @Idempotent() to the routes it marks (not globally: every interceptor costs each request of
 * its route, Meta's webhook POSTs included). A request with an `Idempotency-Key` runs once: the first one claims
 * the key, a repeat gets its stored 2xx response with `Idempotent-Replayed: true`. A failed first request
 * frees the key, so a corrected request may use it again.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(private readonly idempotency: IdempotencyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<FastifyRequest & AuthenticatedRequest>();
    const key = req.headers['idempotency-key'];
    if (key === undefined) return next.handle();
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(key)) {
      throw DomainException.validation('Idempotency-Key', 'must be 1 to 255 visible ASCII characters');
    }
    if (!req.workspaceId) throw new Error('@Idempotent() used on a route without an API key');
    const reply = http.getResponse<FastifyReply>();
    const request: IdempotentRequest = { workspaceId: req.workspaceId, key, path: `${req.method} ${req.url}`, bodyHash: bodyHash(req.body) };

    return from(this.idempotency.begin(request)).pipe(
      mergeMap((decision) => {
        if (decision.kind === 'replay') {
          void reply.status(decision.statusCode).header('idempotent-replayed', 'true');
          return of(decision.body);
        }
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            // The status was set from the route before the handler ran.
            if (reply.statusCode >= 200 && reply.statusCode < 300) {
              await this.idempotency.complete(request, reply.statusCode, body).catch((err: Error) => {
                // The effect happened: answer it. The key stays unfinished until it counts as abandoned.
                this.logger.error(`keeping the response of Idempotency-Key failed: ${err.message}`);
              });
            } else {
              await this.release(request);
            }
            return body;
          }),
          catchError((err: unknown) => from(this.release(request)).pipe(mergeMap(() => throwError(() => err)))),
        );
      }),
    );
  }

  private release(request: IdempotentRequest): Promise<void> {
    return this.idempotency.release(request).catch((err: Error) => this.logger.error(`freeing an Idempotency-Key failed: ${err.message}`));
  }
}
