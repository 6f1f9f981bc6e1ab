import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ description: 'The field at fault (dotted path into the body or query)', example: 'url' })
  field: string;

  @ApiProperty({ description: 'What is wrong with it', example: 'url must be an absolute https URL' })
  reason: string;
}

/** The one error shape every route answers with. */
export class ApiErrorDto {
  @ApiProperty({ description: 'HTTP status', type: 'integer', example: 400 })
  status: number;

  @ApiProperty({ description: 'Stable machine-readable code', example: 'validation_failed' })
  code: string;

  @ApiProperty({ description: 'Human-readable summary', example: 'url: url must be an absolute https URL' })
  message: string;

  @ApiProperty({ type: FieldErrorDto, isArray: true, description: 'Per-field details (validation errors)' })
  details: FieldErrorDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged.',
  401: 'Missing or invalid credentials (unauthorized / invalid_signature)',
  403: 'Forbidden',
  404: 'Not found in this workspace (not_found)',
  409: 'Conflict',
  413: 'Body larger than the configured limit (payload_too_large)',
  422: 'A workspace limit was reached (limit_reached)',
  429: 'Too many requests (rate_limited); Retry-After gives the seconds to wait',
  503: 'A backing service is unavailable; retry later (service_unavailable)',
};

export function ApiErrorResponses(...statuses: number[]) {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status], type: ApiErrorDto })));
}
