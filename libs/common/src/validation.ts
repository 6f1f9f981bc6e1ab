import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorCode, FieldError } from './domain.exception';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Global pipe: strips unknown properties, rejects with the one error shape and per-field details. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return new BadRequestException({
        code: ErrorCode.ValidationFailed,
        message: details.map((d) => `${d.field}: ${d.reason}`).join('; '),
        details,
      });
    },
  });
}
