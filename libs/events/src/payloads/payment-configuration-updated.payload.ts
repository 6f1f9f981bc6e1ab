import { ApiPropertyOptional } from '@nestjs/swagger';

/** data of `payment_configuration.updated` (Payments API India / Brazil). */
export class PaymentConfigurationUpdatedPayload {
  @ApiPropertyOptional({ description: 'Payment configuration name.', example: 'example-shoes-razorpay' })
  configuration_name?: string;

  @ApiPropertyOptional({ description: 'Payment gateway.', example: 'razorpay' })
  provider_name?: string;

  @ApiPropertyOptional({ description: 'Gateway merchant account id.', example: 'acc_0aBcDeFgHiJkLm' })
  provider_mid?: string;

  @ApiPropertyOptional({ description: 'Active, Needs Connecting or Needs Testing (as Meta writes them).', example: 'Active' })
  status?: string;

  @ApiPropertyOptional({ description: 'Created (ISO-8601).', example: '2026-05-01T09:00:00Z', format: 'date-time' })
  created_timestamp?: string;

  @ApiPropertyOptional({ description: 'Updated (ISO-8601).', example: '2026-05-11T09:00:00Z', format: 'date-time' })
  updated_timestamp?: string;
}
