import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainException, ERROR_STATUS, ErrorCode, FieldError, MethodNotAllowedException, RateLimitedException } from './domain.exception';

/** The one JSON error shape: { status, code, message, details: [{ field, reason }] }. */
export interface ApiErrorBody {
  status: number;
  code: string;
  message: string;
  details: FieldError[];
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthorized,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  405: ErrorCode.MethodNotAllowed,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  429: ErrorCode.RateLimited,
  503: ErrorCode.ServiceUnavailable,
};

/** Messages of FST_ERR_CTP_INVALID_JSON_BODY and FST_ERR_CTP_EMPTY_JSON_BODY. */
const FASTIFY_INVALID_JSON = /^Body is not valid JSON|^Body cannot be empty when content-type is set to 'application\/json'/;

function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001', '08003'].includes(e?.code ?? '') ||
    /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(e?.message ?? '')
  );
}

export function toApiError(exception: unknown): ApiErrorBody {
  if (exception instanceof DomainException) {
    return { status: ERROR_STATUS[exception.code], code: exception.code, message: exception.message, details: exception.details };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    // Nest re-wraps Fastify's body-parser errors (FST_ERR_CTP_*) as plain HttpExceptions, losing the code.
    if (status === 400 && FASTIFY_INVALID_JSON.test(exception.message)) {
      return { status: 400, code: ErrorCode.InvalidJson, message: 'request body is not valid JSON', details: [] };
    }
    if (status === 413) {
      return { status: 413, code: ErrorCode.PayloadTooLarge, message: 'request body is larger than the configured limit', details: [] };
    }
    const response = exception.getResponse() as { message?: unknown; details?: FieldError[]; code?: string } | string;
    if (typeof response === 'object' && response.code && Array.isArray(response.details)) {
      return { status, code: response.code, message: String(response.message), details: response.details };
    }
    const message =
      typeof response === 'string' ? response : Array.isArray(response.message) ? response.message.join('; ') : String(response.message ?? exception.message);
    return { status, code: STATUS_CODES[status] ?? (status >= 500 ? ErrorCode.Internal : 'http_' + status), message, details: [] };
  }
  const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
  if (fastifyError?.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, code: ErrorCode.PayloadTooLarge, message: 'request body is larger than the configured limit', details: [] };
  }
  if (fastifyError?.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || exception instanceof SyntaxError) {
    return { status: 400, code: ErrorCode.InvalidJson, message: 'request body is not valid JSON', details: [] };
  }
  if (fastifyError?.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return {
      status: fastifyError.statusCode,
      code: STATUS_CODES[fastifyError.statusCode] ?? 'http_' + fastifyError.statusCode,
      message: fastifyError.message ?? 'bad request',
      details: [],
    };
  }
  if (isDatabaseUnavailable(exception)) {
    return { status: HttpStatus.SERVICE_UNAVAILABLE, code: ErrorCode.ServiceUnavailable, message: 'storage is unavailable, retry later', details: [] };
  }
  return { status: 500, code: ErrorCode.Internal, message: 'internal error', details: [] };
}

const httpLogger = new Logger('Http');

/** The error body of an exception; a server error (5xx) is logged with its stack. */
export function reportApiError(exception: unknown): ApiErrorBody {
  const body = toApiError(exception);
  if (body.status >= 500) httpLogger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return body;
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const body = reportApiError(exception);
    const reply = host.switchToHttp().getResponse();
    if (exception instanceof RateLimitedException) reply.header('retry-after', String(exception.retryAfterSeconds));
    if (exception instanceof MethodNotAllowedException) reply.header('allow', exception.allow.join(', '));
    // Explicit content type: a route may have declared another one (e.g. text/plain for the Meta handshake).
    reply.status(body.status).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(body));
  }
}
