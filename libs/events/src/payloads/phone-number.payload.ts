import { ApiPropertyOptional } from '@nestjs/swagger';

/**
 * data of `phone_number.name_updated`. Meta names the number only by its display form; the envelope's
 * `phone_number_id` is that number's id when this service knows it.
 */
export class PhoneNumberNameUpdatedPayload {
  @ApiPropertyOptional({ description: 'The business number, as Meta displays it.', example: '15550100001' })
  display_phone_number?: string;

  @ApiPropertyOptional({ description: 'APPROVED, DEFERRED, PENDING or REJECTED.', example: 'APPROVED' })
  decision?: string;

  @ApiPropertyOptional({ description: 'Display name requested.', example: 'Example Shoes' })
  requested_verified_name?: string;

  @ApiPropertyOptional({
    description: 'Why it was rejected (NAME_FORMAT_UNACCEPTABLE, NAME_NOT_CONSISTENT, ...); null when accepted.',
    example: null,
    nullable: true,
    type: String,
  })
  rejection_reason?: string | null;
}

/**
 * data of `phone_number.quality_updated`. Meta names the number only by its display form; the envelope's
 * `phone_number_id` is that number's id when this service knows it.
 */
export class PhoneNumberQualityUpdatedPayload {
  @ApiPropertyOptional({ description: 'The business number, as Meta displays it.', example: '15550100001' })
  display_phone_number?: string;

  @ApiPropertyOptional({
    description: 'ONBOARDING, THROUGHPUT_UPGRADE, and the legacy UPGRADE, DOWNGRADE, FLAGGED, UNFLAGGED, ...',
    example: 'THROUGHPUT_UPGRADE',
  })
  event?: string;

  @ApiPropertyOptional({
    description:
      'Messaging limit of the business portfolio, which replaces current_limit/old_limit: a tier name (TIER_50, TIER_250, TIER_2K, TIER_10K, TIER_100K, TIER_UNLIMITED, TIER_NOT_SET) or a number, as Meta sends it.',
    oneOf: [{ type: 'string' }, { type: 'number' }],
    example: 'TIER_10K',
  })
  max_daily_conversations_per_business?: string | number;

  @ApiPropertyOptional({
    description: 'Current messaging limit tier. Being removed by Meta in favour of max_daily_conversations_per_business.',
    example: 'TIER_10K',
  })
  current_limit?: string;

  @ApiPropertyOptional({
    description: 'Previous messaging limit tier (limit changes only). Being removed by Meta in favour of max_daily_conversations_per_business.',
    example: 'TIER_2K',
  })
  old_limit?: string;
}
