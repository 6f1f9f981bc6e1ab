import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { EVENT_TYPE_NAMES } from '@app/events';

/** Only a string becomes a Date: a number or boolean stays as sent and fails @IsDate (new Date(true) would not). */
const toDate = ({ value }: { value: unknown }) => (typeof value === 'string' ? new Date(value) : value);

/** Examples inside the recover window (at most 14 days back), taken when the document is built. */
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** endpoint_deleted: the endpoint was deleted while the delivery waited for an attempt. */
export const DELIVERY_STATES = ['pending', 'succeeded', 'failed', 'endpoint_deleted'] as const;

export class ListDeliveriesQueryDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATES, description: 'Only deliveries in this state', example: 'failed' })
  @IsOptional()
  @IsIn(DELIVERY_STATES)
  state?: (typeof DELIVERY_STATES)[number];

  @ApiPropertyOptional({ description: 'Only this event type', enum: EVENT_TYPE_NAMES, example: 'template.status_updated' })
  @IsOptional()
  @IsString()
  @IsIn(EVENT_TYPE_NAMES, { message: 'event_type must be an event type name like template.status_updated (see GET /v1/event-types)' })
  event_type?: string;

  @ApiPropertyOptional({ description: 'Deliveries created at or after this time (ISO-8601)', format: 'date-time', example: '2026-05-12T00:00:00Z' })
  @IsOptional()
  @Transform(toDate)
  @IsDate({ message: 'since must be an ISO-8601 date-time' })
  since?: Date;

  @ApiPropertyOptional({ description: 'Deliveries created before this time (ISO-8601)', format: 'date-time', example: '2026-05-13T00:00:00Z' })
  @IsOptional()
  @Transform(toDate)
  @IsDate({ message: 'until must be an ISO-8601 date-time' })
  until?: Date;

  @ApiPropertyOptional({ description: 'Page size', type: 'integer', default: 20, minimum: 1, maximum: 100, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'next_cursor of the previous page', example: 'WyIyMDI2LTA1LTEyVDE2OjEwOjE3LjAwMDAwMFoiLCJkbHZfIl0' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export class DeliveryAttemptDto {
  @ApiProperty({ description: 'Attempt number within the delivery', type: 'integer', example: 2 })
  attempt: number;

  @ApiProperty({ description: 'What caused the attempt', enum: ['auto', 'retry', 'manual', 'recover', 'sweep', 'test'], example: 'retry' })
  trigger: string;

  @ApiProperty({ format: 'date-time', example: '2026-05-12T16:10:47.120Z' })
  started_at: string;

  @ApiProperty({ description: 'Time to the response (or error), milliseconds', type: 'integer', example: 182 })
  duration_ms: number;

  @ApiProperty({ nullable: true, type: 'integer', description: 'HTTP status of the response, null when none came', example: 503 })
  status_code: number | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Error class when no usable answer: timeout, connection_error, redirect, ssrf_blocked, …',
    example: null,
  })
  error_class: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'HTTP 503' })
  error_message: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'First bytes of the response body', example: 'Service Unavailable' })
  response_body: string | null;

  @ApiProperty({ example: false })
  success: boolean;
}

export class DeliveryDto {
  @ApiProperty({ example: 'dlv_3sJ0QeQm2yq0Yf4rPZ1H9kq8bXw' })
  id: string;

  @ApiProperty({ example: 'evt_Zb1lV4p0r2QmX5T6y8W9c0d1e2f' })
  event_id: string;

  @ApiProperty({ enum: EVENT_TYPE_NAMES, example: 'template.status_updated' })
  event_type: string;

  @ApiProperty({ enum: DELIVERY_STATES, example: 'succeeded' })
  state: string;

  @ApiProperty({ type: 'integer', example: 2 })
  attempt_count: number;

  @ApiProperty({ format: 'date-time', example: '2026-05-12T16:10:17.000Z' })
  created_at: string;

  @ApiProperty({ nullable: true, type: String, description: 'When the next automatic attempt is due (pending only)', format: 'date-time', example: null })
  next_attempt_at: string | null;

  @ApiProperty({ type: DeliveryAttemptDto, isArray: true })
  attempts: DeliveryAttemptDto[];
}

export class DeliveryLogRetentionDto {
  @ApiProperty({
    description:
      'Events and attempts are kept this many days. One setting of the installation (RETENTION_DAYS), the same for every workspace, not chosen per workspace.',
    type: 'integer',
    example: 30,
  })
  days: number;

  @ApiProperty({ enum: ['installation'], description: 'What `days` applies to: the whole installation (every workspace alike)', example: 'installation' })
  applies_to: 'installation';

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Oldest attempt still kept for this webhook endpoint; null when it has none',
    format: 'date-time',
    example: '2026-04-12T16:10:17.000Z',
  })
  oldest_available: string | null;
}

export class DeliveryPageDto {
  @ApiProperty({ type: DeliveryDto, isArray: true })
  data: DeliveryDto[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor to get the next page; null on the last page', example: null })
  next_cursor: string | null;

  @ApiProperty({ type: DeliveryLogRetentionDto, description: 'How far back the delivery log goes' })
  retention: DeliveryLogRetentionDto;
}

export class RecoverDto {
  @ApiProperty({ description: 'Start of the window (ISO-8601); at most 14 days ago', type: String, format: 'date-time', example: hoursAgo(48) })
  @Transform(toDate)
  @IsDate({ message: 'since must be an ISO-8601 date-time' })
  since: Date;

  @ApiPropertyOptional({ description: 'End of the window (ISO-8601); default now', type: String, format: 'date-time', example: hoursAgo(24) })
  @IsOptional()
  @Transform(toDate)
  @IsDate({ message: 'until must be an ISO-8601 date-time' })
  until?: Date;
}

export class RecoverResultDto {
  @ApiProperty({ description: 'Failed deliveries queued again', type: 'integer', example: 18 })
  failed_requeued: number;

  @ApiProperty({ description: 'Events missed while the endpoint was disabled, queued now', type: 'integer', example: 2 })
  missed_queued: number;

  @ApiProperty({ description: 'Total queued by this call', type: 'integer', example: 20 })
  queued: number;
}

export class RetryResultDto {
  @ApiProperty({ example: 'dlv_3sJ0QeQm2yq0Yf4rPZ1H9kq8bXw' })
  delivery_id: string;

  @ApiProperty({ description: 'Attempt number the resend is recorded under', type: 'integer', example: 4 })
  attempt: number;

  @ApiProperty({ example: 'queued' })
  status: string;
}
