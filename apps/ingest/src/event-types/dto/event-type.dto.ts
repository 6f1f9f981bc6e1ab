import { ApiProperty } from '@nestjs/swagger';
import { EVENT_CATEGORIES, EVENT_TYPE_NAMES } from '@app/events';

export class EventTypeDto {
  @ApiProperty({ description: 'Event type name to subscribe to', enum: EVENT_TYPE_NAMES, example: 'template.status_updated' })
  name: string;

  @ApiProperty({ enum: EVENT_CATEGORIES, example: 'templates' })
  category: string;

  @ApiProperty({ example: 'A message template was approved, rejected, paused, disabled or reinstated.' })
  description: string;

  @ApiProperty({ description: 'Name of the payload schema in this OpenAPI document (components.schemas)', example: 'TemplateStatusUpdatedPayload' })
  schema_name: string;

  @ApiProperty({
    description: 'JSON schema of the event `data` (referenced schemas under $defs)',
    type: 'object',
    additionalProperties: true,
    example: { type: 'object', properties: { template_id: { type: 'string' }, status: { type: 'string' } }, required: ['template_id'] },
  })
  schema: Record<string, unknown>;

  @ApiProperty({
    description: 'A realistic `data` value',
    type: 'object',
    additionalProperties: true,
    example: { template_id: '1437190053021874', template_name: 'order_shipped', language: 'en_US', status: 'APPROVED', reason: 'NONE' },
  })
  example: Record<string, unknown>;
}

export class EventTypeListDto {
  @ApiProperty({ type: EventTypeDto, isArray: true })
  data: EventTypeDto[];

  @ApiProperty({ description: 'Every wildcard accepted in `events`', type: [String], example: ['message.*', 'template.*', '*'] })
  wildcards: string[];
}
