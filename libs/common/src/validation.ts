import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidatorOptions } from 'class-validator';
import { ErrorCode, FieldError } from './domain.exception';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const isDto = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value) && value.constructor !== Object;

/**
 * Paths of every `null` in a transformed DTO, nested DTOs and arrays of DTOs included. class-validator's
 * @IsOptional lets null through every other rule, so an optional field sent as null would reach the
 * service as a value it never expects; no field of this API gives null a meaning, so null is refused.
 */
export function nullFields(dto: object, parent = ''): string[] {
  return Object.entries(dto).flatMap(([key, value]) => {
    const field = parent ? `${parent}.${key}` : key;
    if (value === null) return [field];
    if (isDto(value)) return nullFields(value, field);
    if (Array.isArray(value)) return value.flatMap((item, i) => (isDto(item) ? nullFields(item, `${field}[${i}]`) : []));
    return [];
  });
}

function nullError(field: string): ValidationError {
  return { property: field, value: null, constraints: { notNull: `${field} must not be null (omit the field instead)` }, children: [] };
}

/** The global pipe: class-validator rules plus the refusal of null for any field. */
class StrictValidationPipe extends ValidationPipe {
  // ValidationPipe turns a nil body into {}: a JSON `null` body would pass as an empty one. No body at all still does.
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (value === null && metadata.type === 'body' && this.toValidate(metadata))
      throw this.exceptionFactory([
        { property: 'body', value: null, constraints: { notNull: 'body must be a JSON object (or no body at all), not null' }, children: [] },
      ]);
    return super.transform(value, metadata);
  }

  protected override async validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> {
    const errors = await super.validate(object, validatorOptions);
    const reported = new Set(errors.map((e) => e.property));
    const nulls = isDto(object) ? nullFields(object).filter((f) => !reported.has(f.split(/[.[]/)[0])) : [];
    return [...errors, ...nulls.map(nullError)];
  }
}

/** Global pipe: strips unknown properties, rejects with the one error shape and per-field details. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
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
