import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** data of `webhook.delivery_failing`: every attempt to an endpoint has failed for DELIVERY_FAILING_AFTER. */
export class WebhookDeliveryFailingPayload {
  @ApiProperty({ description: 'Id of the failing endpoint.', example: '5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f' })
  endpoint_id: string;

  @ApiProperty({ description: 'Its URL.', example: 'https://hooks.example.com/whatsapp' })
  url: string;

  @ApiProperty({ description: 'Start of the run of failures (ISO-8601).', example: '2026-05-12T15:40:17Z', format: 'date-time' })
  failing_since: string;

  @ApiProperty({
    description: 'When the endpoint will be disabled if no delivery succeeds before (ISO-8601).',
    example: '2026-05-17T15:40:17Z',
    format: 'date-time',
  })
  disables_at: string;

  @ApiPropertyOptional({ description: 'HTTP status of the last failed attempt, when there was a response.', example: 503 })
  last_status_code?: number;
}

/** data of `webhook.delivery_exhausted`: one delivery used all its attempts without success. */
export class WebhookDeliveryExhaustedPayload {
  @ApiProperty({ description: 'Id of the event that could not be delivered.', example: 'evt_2x8QhT3m9YbKpL0aZc4RfVnW1sD' })
  event_id: string;

  @ApiProperty({ description: 'Its type.', example: 'message.received' })
  event_type: string;

  @ApiProperty({ description: 'Id of the endpoint it was for.', example: '5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f' })
  endpoint_id: string;

  @ApiProperty({ description: 'Its URL.', example: 'https://hooks.example.com/whatsapp' })
  url: string;

  @ApiProperty({ description: 'Attempts made.', example: 8 })
  attempts: number;

  @ApiProperty({ description: 'Error of the last attempt.', example: 'HTTP 503' })
  last_error: string;

  @ApiPropertyOptional({ description: 'HTTP status of the last attempt, when there was a response.', example: 503 })
  last_status_code?: number;
}

/** data of `webhook.endpoint_recovered`: the first successful delivery after a failing period. */
export class WebhookEndpointRecoveredPayload {
  @ApiProperty({ description: 'Id of the endpoint.', example: '5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f' })
  endpoint_id: string;

  @ApiProperty({ description: 'Its URL.', example: 'https://hooks.example.com/whatsapp' })
  url: string;

  @ApiProperty({ description: 'Start of the failing period that ended (ISO-8601).', example: '2026-05-12T15:40:17Z', format: 'date-time' })
  failing_since: string;

  @ApiProperty({ description: 'When a delivery succeeded again (ISO-8601).', example: '2026-05-12T16:02:40Z', format: 'date-time' })
  recovered_at: string;
}

/** data of `webhook.endpoint_created`, `webhook.endpoint_updated` and `webhook.endpoint_deleted`. */
export class WebhookEndpointChangedPayload {
  @ApiProperty({ description: 'Id of the endpoint.', example: '5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f' })
  endpoint_id: string;

  @ApiProperty({ description: 'Its URL.', example: 'https://hooks.example.com/whatsapp' })
  url: string;

  @ApiProperty({ description: 'Its description.', example: 'CRM sync' })
  description: string;

  @ApiProperty({ description: 'Subscribed event types or wildcards.', example: ['message.*'], type: [String] })
  events: string[];

  @ApiProperty({ description: 'Whether deliveries are on.', example: true })
  enabled: boolean;

  @ApiPropertyOptional({ description: 'Deliveries per second at most (absent when unlimited).', example: 50 })
  rate_limit_per_second?: number;

  @ApiProperty({ description: 'When the change happened (ISO-8601).', example: '2026-05-12T16:10:17Z', format: 'date-time' })
  changed_at: string;
}

/** data of `webhook.secret_rotated`. The secrets themselves are never sent. */
export class WebhookSecretRotatedPayload {
  @ApiProperty({ description: 'Id of the endpoint.', example: '5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f' })
  endpoint_id: string;

  @ApiProperty({ description: 'Its URL.', example: 'https://hooks.example.com/whatsapp' })
  url: string;

  @ApiProperty({ description: 'When the secret was rotated (ISO-8601).', example: '2026-05-12T16:10:17Z', format: 'date-time' })
  rotated_at: string;

  @ApiProperty({
    description: 'Until when the previous secret keeps signing (ISO-8601), null when it stopped at once.',
    example: '2026-05-13T16:10:17Z',
    format: 'date-time',
    nullable: true,
    type: String,
  })
  previous_secret_expires_at: string | null;
}
