import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** data of `webhook.endpoint_disabled`, emitted by this service when it stops delivering to an endpoint. */
export class WebhookEndpointDisabledPayload {
  @ApiProperty({ description: 'Id of the endpoint that was disabled.', example: 'whe_01HZX3Q8M4T7K2' })
  endpoint_id: string;

  @ApiProperty({ description: 'Its URL.', example: 'https://hooks.example.com/whatsapp' })
  url: string;

  @ApiProperty({ description: 'Why it was disabled.', example: 'Disabled after 50 consecutive failed deliveries' })
  reason: string;

  @ApiProperty({ description: 'When (ISO-8601).', example: '2026-05-12T16:10:17Z', format: 'date-time' })
  disabled_at: string;

  @ApiPropertyOptional({ description: 'HTTP status of the last failed attempt, when there was a response.', type: 'integer', example: 503 })
  last_status_code?: number;
}
