import { ApiExtraModels, ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { SIGNATURE_ALGORITHMS, SignatureAlgorithm } from '@app/delivery';
import { PAYLOAD_FORMATS, PayloadFormat, REDACTION_CLASSES, RedactionClass } from '@app/events';
import { validEventPatterns } from '../webhook-input.validator';
import { HEADERS_INPUT_SCHEMA, HEADERS_OUTPUT_SCHEMA, WebhookHeaderDto, WebhookHeaderInputDto } from './webhook-header.dto';

const URL_EXAMPLE = 'https://crm.example.com/hooks/whatsapp';
const EVENTS_EXAMPLE = ['template.status_updated', 'message.*'];
const SECRET_EXAMPLE = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwq1n8sQ3hT0y9';
const TIME_EXAMPLE = '2026-05-12T16:10:17.000Z';
const SIGNATURE_ALGORITHM_DESCRIPTION =
  'How deliveries are signed (Standard Webhooks): "hmac-sha256" (v1 signatures with the whsec_ secret) or "ed25519" (v1a signatures; you get the whpk_ public key, the private key never leaves the service)';
const PAYLOAD_DESCRIPTION =
  'What each delivery carries: "full" (data and Meta\'s raw change), "without_raw" (no raw) or "thin" (the envelope only: fetch the event with GET /v1/events/{id})';
const REDACT_DESCRIPTION =
  'Personal data this endpoint must not receive: "message_content" (removed), "phone_numbers" (phone numbers and BSUIDs) and "contact_names" (names and usernames), both replaced by a stable keyed hash "h:…". Any class also leaves out raw. The README lists the fields per event type.';

export class WebhookFilterDto {
  @ApiPropertyOptional({
    description:
      'Deliver only events about these business phone numbers (metadata.phone_number_id). Events tied to no number (templates, account) are then not delivered.',
    example: ['117263540981001'],
    type: [String],
    maxItems: 100,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(/^\d{1,32}$/, { each: true, message: 'each phone_number_ids entry must be a numeric string' })
  phone_number_ids?: string[];
}

@ApiExtraModels(WebhookHeaderInputDto)
export class CreateWebhookDto {
  @ApiProperty({
    description:
      'Where deliveries are POSTed: an absolute https URL whose host resolves to public addresses, on port 443, 80 or 1024 and above, without user:password@. Stored and answered in its normalised (WHATWG) form.',
    example: URL_EXAMPLE,
    maxLength: 2048,
  })
  @IsDefined({ message: 'url is required' })
  @IsString()
  @MaxLength(2048, { message: 'url must be at most 2048 characters' })
  url: string;

  @ApiProperty({
    description: 'Event types to receive: names from GET /v1/event-types, "<category word>.*" (e.g. "template.*") or "*"',
    example: EVENTS_EXAMPLE,
    enum: validEventPatterns(),
    isArray: true,
    minItems: 1,
    maxItems: 100,
  })
  @IsDefined({ message: 'events is required' })
  @IsArray()
  @ArrayMinSize(1, { message: 'events must list at least one event type' })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  events: string[];

  @ApiPropertyOptional({ description: 'Free text for your own reference', example: 'CRM: template approvals and inbound messages', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'description must be at most 500 characters' })
  description?: string;

  @ApiPropertyOptional({ description: 'Whether the endpoint collects and receives events', example: true, default: true })
  @IsOptional()
  @IsBoolean({ message: 'enabled must be true or false' })
  enabled?: boolean;

  @ApiPropertyOptional({
    description:
      'Deliveries per second at most to this endpoint, across every dispatcher replica together (1 to 1000). Events beyond it wait in their queue. Omit for unlimited; on update, 0 removes the limit.',
    example: 50,
    minimum: 0,
    maximum: 1000,
  })
  @IsOptional()
  @IsInt({ message: 'rate_limit_per_second must be an integer' })
  @Min(0, { message: 'rate_limit_per_second must be between 0 (unlimited) and 1000' })
  @Max(1000, { message: 'rate_limit_per_second must be between 0 (unlimited) and 1000' })
  rate_limit_per_second?: number;

  @ApiPropertyOptional({ description: 'Delivery-time filter', type: WebhookFilterDto })
  @IsOptional()
  @IsObject({ message: 'filter must be an object' })
  @ValidateNested()
  @Type(() => WebhookFilterDto)
  filter?: WebhookFilterDto;

  @ApiPropertyOptional({
    description:
      'Extra headers sent with every delivery (at most 20): name → value, or name → { value, sensitive }. Names are HTTP tokens; values visible ASCII, spaces and tabs. A sensitive header\'s value is stored encrypted like every header value and is never returned (GET and list show it as { "value": null, "sensitive": true }); to keep it on update, send it back as shown. Cannot set webhook-*, proxy-*, content-type, content-length, content-encoding, host, user-agent, connection, keep-alive, transfer-encoding, te, trailer, upgrade or expect.',
    ...HEADERS_INPUT_SCHEMA,
    example: { 'X-Api-Key': 'crm-inbound-3f9a', Authorization: { value: 'Bearer 4f1c2a9e7b', sensitive: true } },
  })
  @IsOptional()
  @IsObject({ message: 'headers must be an object of header name → string value' })
  headers?: Record<string, string | WebhookHeaderInputDto>;

  @ApiPropertyOptional({ description: SIGNATURE_ALGORITHM_DESCRIPTION, enum: SIGNATURE_ALGORITHMS, default: 'hmac-sha256', example: 'ed25519' })
  @IsOptional()
  @IsIn(SIGNATURE_ALGORITHMS, { message: `signature_algorithm must be one of ${SIGNATURE_ALGORITHMS.join(', ')}` })
  signature_algorithm?: SignatureAlgorithm;

  @ApiPropertyOptional({ description: PAYLOAD_DESCRIPTION, enum: PAYLOAD_FORMATS, default: 'full', example: 'without_raw' })
  @IsOptional()
  @IsIn(PAYLOAD_FORMATS, { message: `payload must be one of ${PAYLOAD_FORMATS.join(', ')}` })
  payload?: PayloadFormat;

  @ApiPropertyOptional({ description: REDACT_DESCRIPTION, enum: REDACTION_CLASSES, isArray: true, default: [], example: ['message_content', 'phone_numbers'] })
  @IsOptional()
  @IsArray({ message: 'redact must be an array' })
  @ArrayUnique({ message: 'redact must not repeat a class' })
  @IsIn(REDACTION_CLASSES, { each: true, message: `each redact entry must be one of ${REDACTION_CLASSES.join(', ')}` })
  redact?: RedactionClass[];
}

/** The signature algorithm changes only through a rotation (POST /v1/webhooks/{id}/rotate-secret), which keeps the old key signing for a grace period. */
export class UpdateWebhookDto extends PartialType(OmitType(CreateWebhookDto, ['signature_algorithm'] as const)) {}

export class WebhookHealthDto {
  @ApiProperty({ description: 'Share of attempts answered 2xx over the last 24 hours; null without attempts', nullable: true, type: Number, example: 0.998 })
  success_rate_24h: number | null;

  @ApiProperty({ description: 'Attempts over the last 24 hours', type: 'integer', example: 5120 })
  attempts_24h: number;

  @ApiProperty({ description: 'Time of the last attempt', nullable: true, type: String, format: 'date-time', example: TIME_EXAMPLE })
  last_delivery_at: string | null;

  @ApiProperty({ description: 'Last failure (error class, message or HTTP status)', nullable: true, type: String, example: 'HTTP 503' })
  last_error: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: TIME_EXAMPLE })
  last_error_at: string | null;

  @ApiProperty({
    description: 'Events waiting in the queue of this endpoint; null when the broker is unreachable',
    nullable: true,
    type: 'integer',
    example: 0,
  })
  backlog: number | null;

  @ApiProperty({
    description: 'Start of the current run of failed deliveries without a success; null when the endpoint is not failing',
    nullable: true,
    type: String,
    example: null,
  })
  failing_since: string | null;

  @ApiProperty({
    description: 'When a failing endpoint will be disabled (failing_since + AUTO_DISABLE_AFTER) unless a delivery succeeds first; null when not failing',
    nullable: true,
    type: String,
    example: null,
  })
  disables_at: string | null;
}

@ApiExtraModels(WebhookHeaderDto)
export class WebhookDto {
  @ApiProperty({ description: 'Webhook endpoint id', format: 'uuid', example: '3b0d8a52-8a4c-4d55-9d8e-6f0a4c1b2e7d' })
  id: string;

  @ApiProperty({ description: 'Where deliveries are POSTed (normalised form)', example: URL_EXAMPLE })
  url: string;

  @ApiProperty({ example: 'CRM: template approvals and inbound messages' })
  description: string;

  @ApiProperty({ description: 'Subscribed event types and wildcards', example: EVENTS_EXAMPLE, enum: validEventPatterns(), isArray: true })
  events: string[];

  @ApiProperty({ example: true })
  enabled: boolean;

  @ApiProperty({ enum: ['enabled', 'disabled'], example: 'enabled' })
  status: 'enabled' | 'disabled';

  @ApiProperty({ description: 'Why the endpoint is disabled (by you or after repeated failures)', nullable: true, type: String, example: null })
  disabled_reason: string | null;

  @ApiProperty({ type: WebhookFilterDto, example: { phone_number_ids: ['117263540981001'] } })
  filter: WebhookFilterDto;

  @ApiProperty({ description: 'Deliveries per second at most, across every dispatcher replica; null: unlimited', nullable: true, type: Number, example: 50 })
  rate_limit_per_second: number | null;

  @ApiProperty({
    description: 'Custom headers; sensitive values are never returned (null)',
    ...HEADERS_OUTPUT_SCHEMA,
    example: { 'X-Api-Key': { value: 'crm-inbound-3f9a', sensitive: false }, Authorization: { value: null, sensitive: true } },
  })
  headers: Record<string, WebhookHeaderDto>;

  @ApiProperty({ description: SIGNATURE_ALGORITHM_DESCRIPTION, enum: SIGNATURE_ALGORITHMS, example: 'hmac-sha256' })
  signature_algorithm: SignatureAlgorithm;

  @ApiProperty({ description: PAYLOAD_DESCRIPTION, enum: PAYLOAD_FORMATS, example: 'full' })
  payload: PayloadFormat;

  @ApiProperty({ description: REDACT_DESCRIPTION, enum: REDACTION_CLASSES, isArray: true, example: [] })
  redact: RedactionClass[];

  @ApiProperty({ format: 'date-time', example: TIME_EXAMPLE })
  created_at: string;

  @ApiProperty({ format: 'date-time', example: TIME_EXAMPLE })
  updated_at: string;

  @ApiPropertyOptional({ type: WebhookHealthDto, description: 'Delivery health (on get and list)' })
  health?: WebhookHealthDto;
}

export class WebhookCreatedDto extends WebhookDto {
  @ApiProperty({
    description:
      'What verifies the signatures (Standard Webhooks): the whsec_ signing secret for hmac-sha256, the whpk_ public key for ed25519. Returned on create, on rotate and by GET /v1/webhooks/{id}/secret.',
    example: SECRET_EXAMPLE,
  })
  secret: string;
}

export class WebhookListDto {
  @ApiProperty({ type: WebhookDto, isArray: true })
  data: WebhookDto[];

  @ApiProperty({
    description: 'Pass as ?cursor= to get the next page; null on the last page',
    nullable: true,
    type: String,
    example: 'eyJ0IjoiMjAyNi0wNS0xMlQxNjoxMDoxNy4xMjM0NTZaIiwiaSI6IjNiMGQ4YTUyIn0',
  })
  next_cursor: string | null;
}

export class ListWebhooksQueryDto {
  @ApiPropertyOptional({ description: 'Page size', type: 'integer', minimum: 1, maximum: 100, default: 20, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer' })
  @Min(1, { message: 'limit must be between 1 and 100' })
  @Max(100, { message: 'limit must be between 1 and 100' })
  limit?: number;

  @ApiPropertyOptional({ description: 'next_cursor of the previous page', example: 'eyJ0IjoiMjAyNi0wNS0xMlQxNjoxMDoxNy4xMjM0NTZaIiwiaSI6IjNiMGQ4YTUyIn0' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export class RotateSecretDto {
  @ApiPropertyOptional({
    description: 'Hours the previous secret keeps signing alongside the new one (0 = stop at once)',
    type: 'integer',
    minimum: 0,
    maximum: 168,
    default: 24,
    example: 24,
  })
  @IsOptional()
  @IsInt({ message: 'grace_period_hours must be an integer' })
  @Min(0, { message: 'grace_period_hours must be between 0 and 168' })
  @Max(168, { message: 'grace_period_hours must be between 0 and 168' })
  grace_period_hours?: number;

  @ApiPropertyOptional({
    description: `${SIGNATURE_ALGORITHM_DESCRIPTION}. Omitted: the endpoint keeps its algorithm. A change takes effect at once; the previous secret or key keeps signing for the grace period.`,
    enum: SIGNATURE_ALGORITHMS,
    example: 'ed25519',
  })
  @IsOptional()
  @IsIn(SIGNATURE_ALGORITHMS, { message: `signature_algorithm must be one of ${SIGNATURE_ALGORITHMS.join(', ')}` })
  signature_algorithm?: SignatureAlgorithm;
}

export class WebhookSecretDto {
  @ApiProperty({ description: 'Current signing secret (whsec_, hmac-sha256) or public key (whpk_, ed25519)', example: SECRET_EXAMPLE })
  secret: string;

  @ApiProperty({ description: 'Algorithm of the current secret', enum: SIGNATURE_ALGORITHMS, example: 'hmac-sha256' })
  signature_algorithm: SignatureAlgorithm;

  @ApiProperty({
    description: 'Until when the previous secret also signs deliveries; null when only the current one does',
    nullable: true,
    type: String,
    format: 'date-time',
    example: '2026-05-13T16:10:17.000Z',
  })
  previous_secret_expires_at: string | null;
}
