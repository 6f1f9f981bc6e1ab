import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { ApiErrorDto } from '../docs/api-error-responses.decorator';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/**
 * Marks a POST as idempotent under an `Idempotency-Key` header and documents the header and its 409s,
 * so the behaviour and the document come from one place.
 */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Makes the request safe to retry: 1 to 255 visible ASCII characters, unique per intended operation (a UUID is a good choice). ' +
        'Within 24 hours, the same key with the same body on the same path answers the first successful response again ' +
        '(with `Idempotent-Replayed: true`) without doing it twice; with another body or path: 409 `idempotency_key_reused`; ' +
        'while the first request is still running: 409 `idempotency_key_in_progress`. Failed requests (4xx, 5xx) are not kept.',
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$', example: '5d3c1b8e-6a0f-4f1e-9a57-0b6b1e0a9c2d' },
    }),
    ApiResponse({
      status: 409,
      type: ApiErrorDto,
      description:
        'Idempotency-Key already used with another body or path (idempotency_key_reused), or its first request is still running (idempotency_key_in_progress)',
    }),
  );
}
