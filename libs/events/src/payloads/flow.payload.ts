import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** data of `flow.status_updated`. */
export class FlowStatusUpdatedPayload {
  @ApiProperty({ description: 'Always FLOW_STATUS_CHANGE.', example: 'FLOW_STATUS_CHANGE' })
  event: string;

  @ApiProperty({ description: 'Flow id.', example: '1097420589034000' })
  flow_id: string;

  @ApiPropertyOptional({ description: "Meta's description.", example: 'Flow Booking changed status from DRAFT to PUBLISHED' })
  message?: string;

  @ApiPropertyOptional({ description: 'Previous status (DRAFT, PUBLISHED, THROTTLED, BLOCKED, DEPRECATED).', example: 'DRAFT' })
  old_status?: string;

  @ApiPropertyOptional({ description: 'New status.', example: 'PUBLISHED' })
  new_status?: string;
}

export class FlowErrorRatePayload {
  @ApiPropertyOptional({ description: 'Error type.', example: 'INVALID_SCREEN_TRANSITION' })
  error_type?: string;

  @ApiPropertyOptional({ description: 'Error rate of that type, in percent.', example: 12.5 })
  error_rate?: number;

  @ApiPropertyOptional({ description: 'Errors of that type in the window.', type: 'integer', example: 25 })
  error_count?: number;
}

/** data of `flow.alert`: endpoint/client error rate, latency, availability or version-expiry alerts. */
export class FlowAlertPayload {
  @ApiProperty({
    description: 'CLIENT_ERROR_RATE, ENDPOINT_ERROR_RATE, ENDPOINT_LATENCY, ENDPOINT_AVAILABILITY, FLOW_VERSION_EXPIRY_WARNING...',
    example: 'ENDPOINT_ERROR_RATE',
  })
  event: string;

  @ApiProperty({ description: 'Flow id.', example: '1097420589034000' })
  flow_id: string;

  @ApiPropertyOptional({ description: "Meta's description.", example: 'Endpoint error rate has reached the 10% threshold' })
  message?: string;

  @ApiPropertyOptional({ description: 'ACTIVATED or DEACTIVATED.', example: 'ACTIVATED' })
  alert_state?: string;

  @ApiPropertyOptional({ description: 'Threshold crossed: percent for error rates and availability, milliseconds for latency.', example: 10 })
  threshold?: number;

  @ApiPropertyOptional({ description: 'Overall error rate, in percent.', example: 12.5 })
  error_rate?: number;

  @ApiPropertyOptional({
    description: 'Error breakdown.',
    type: [FlowErrorRatePayload],
    example: [{ error_type: 'TIMEOUT', error_rate: 12.5, error_count: 25 }],
  })
  errors?: FlowErrorRatePayload[];

  @ApiPropertyOptional({ description: 'Median endpoint latency, in milliseconds.', example: 800 })
  p50_latency?: number;

  @ApiPropertyOptional({ description: '90th percentile endpoint latency, in milliseconds.', example: 2100 })
  p90_latency?: number;

  @ApiPropertyOptional({ description: 'Requests to the endpoint in the window.', type: 'integer', example: 200 })
  requests_count?: number;

  @ApiPropertyOptional({ description: 'Endpoint availability, in percent.', example: 89 })
  availability?: number;
}
