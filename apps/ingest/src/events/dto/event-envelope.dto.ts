import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class RawChangeDto {
  @ApiProperty({ description: "Meta's change field", example: 'message_template_status_update' })
  field: string;

  @ApiProperty({ description: "Meta's change value, as received", type: Object, example: { event: 'PAUSED', message_template_id: 1689556908129832 } })
  value: unknown;
}

/** The body of every delivery (see GET /v1/event-types for each type's `data`). */
export class EventEnvelopeDto {
  @ApiProperty({ description: 'Event id; also the webhook-id header; stable across retries', example: 'evt_Zb1lV4p0r2QmX5T6y8W9c0d1e2f' })
  id: string;

  @ApiProperty({ description: 'Event type', example: 'template.status_updated' })
  type: string;

  @ApiProperty({ description: 'When it happened according to Meta (ISO-8601, seconds)', example: '2026-05-12T16:10:17Z' })
  created_at: string;

  @ApiPropertyOptional({
    description:
      'When it happened according to Meta (ISO 8601 with milliseconds), the Standard Webhooks payload `timestamp`. Absent only on events stored before it was added.',
    format: 'date-time',
    example: '2026-05-12T16:10:17.000Z',
  })
  timestamp?: string;

  @ApiProperty({ example: '5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11' })
  workspace_id: string;

  @ApiProperty({ nullable: true, type: String, example: '102290129340398' })
  waba_id: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Business phone number id, where Meta gives one', example: null })
  phone_number_id: string | null;

  @ApiProperty({
    description: 'Typed payload of the event type',
    type: Object,
    example: { template_id: '1689556908129832', template_name: 'spring_sale', language: 'en_US', status: 'PAUSED', reason: null },
  })
  data: Record<string, unknown>;

  @ApiProperty({ nullable: true, type: RawChangeDto, description: "Meta's change this event came from (null for operational events)" })
  raw: RawChangeDto | null;

  @ApiPropertyOptional({ description: 'Present and true on test events', example: true })
  test?: boolean;
}
