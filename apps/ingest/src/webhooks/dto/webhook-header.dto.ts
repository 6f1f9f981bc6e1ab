import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString } from 'class-validator';

/** A custom header as returned: a sensitive header's value is write-only and comes back as null. */
export class WebhookHeaderDto {
  @ApiProperty({
    description: 'The value sent with every delivery; null for a sensitive header (never returned once stored)',
    nullable: true,
    type: String,
    example: 'crm-inbound-3f9a',
  })
  value: string | null;

  @ApiProperty({ description: 'Whether the value is write-only (shown as null by GET and list)', example: false })
  sensitive: boolean;
}

/**
 * A custom header as given on create or update (the bare string form means "not sensitive"). Checked
 * by parseCustomHeaders; these decorators document the shape.
 */
export class WebhookHeaderInputDto {
  @ApiPropertyOptional({
    description: 'The value. May be omitted (or null) only for a sensitive header already stored: it keeps its value.',
    nullable: true,
    type: String,
    example: 'Bearer 4f1c2a9e7b',
  })
  @IsOptional()
  @IsString()
  value?: string | null;

  @ApiPropertyOptional({ description: 'Write-only value: never returned by GET or list', default: false, example: true })
  @IsOptional()
  @IsBoolean()
  sensitive?: boolean;
}

/** OpenAPI of the `headers` map on input: a string, or { value, sensitive }. */
export const HEADERS_INPUT_SCHEMA = {
  type: 'object' as const,
  additionalProperties: { oneOf: [{ type: 'string' }, { $ref: getSchemaPath(WebhookHeaderInputDto) }] },
};

/** OpenAPI of the `headers` map on output. */
export const HEADERS_OUTPUT_SCHEMA = {
  type: 'object' as const,
  additionalProperties: { $ref: getSchemaPath(WebhookHeaderDto) },
};
