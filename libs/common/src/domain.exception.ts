import { HttpStatus } from '@nestjs/common';

/** Stable, machine-readable error codes. Mapped to HTTP in one place (ApiExceptionFilter). */
export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  Unauthorized = 'unauthorized',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  MethodNotAllowed = 'method_not_allowed',
  Conflict = 'conflict',
  IdempotencyKeyReused = 'idempotency_key_reused',
  IdempotencyKeyInProgress = 'idempotency_key_in_progress',
  LimitReached = 'limit_reached',
  PayloadTooLarge = 'payload_too_large',
  InvalidJson = 'invalid_json',
  InvalidSignature = 'invalid_signature',
  RateLimited = 'rate_limited',
  UnsupportedMediaType = 'unsupported_media_type',
  ServiceUnavailable = 'service_unavailable',
  Internal = 'internal_error',
}

export const ERROR_STATUS: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.ValidationFailed]: HttpStatus.BAD_REQUEST,
  [ErrorCode.Unauthorized]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.MethodNotAllowed]: HttpStatus.METHOD_NOT_ALLOWED,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.IdempotencyKeyReused]: HttpStatus.CONFLICT,
  [ErrorCode.IdempotencyKeyInProgress]: HttpStatus.CONFLICT,
  [ErrorCode.LimitReached]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.PayloadTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.InvalidJson]: HttpStatus.BAD_REQUEST,
  [ErrorCode.InvalidSignature]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.RateLimited]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.UnsupportedMediaType]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [ErrorCode.ServiceUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,
};

export interface FieldError {
  field: string;
  reason: string;
}

export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainException';
  }

  static notFound(what: string): DomainException {
    return new DomainException(ErrorCode.NotFound, `${what} not found`);
  }

  static validation(field: string, reason: string): DomainException {
    return new DomainException(ErrorCode.ValidationFailed, `${field}: ${reason}`, [{ field, reason }]);
  }
}

/** 405 for a known path asked with a method it does not have; `allow` is sent as the Allow header. */
export class MethodNotAllowedException extends DomainException {
  constructor(
    readonly allow: string[],
    method: string,
  ) {
    super(ErrorCode.MethodNotAllowed, `${method} is not allowed here; allowed: ${allow.join(', ')}`);
    this.name = 'MethodNotAllowedException';
  }
}

/** 429 with the number of seconds after which the same request may succeed (sent as Retry-After). */
export class RateLimitedException extends DomainException {
  constructor(
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super(ErrorCode.RateLimited, message);
    this.name = 'RateLimitedException';
  }
}
