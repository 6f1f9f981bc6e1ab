import { ApiPropertyOptional } from '@nestjs/swagger';

/** data of `phone_number.name_updated`. */
export class PhoneNumberNameUpdatedPayload {
  @ApiPropertyOptional({ description: 'The business number.', example: '15550100001' })
  display_phone_number?: string;

  @ApiPropertyOptional({ description: 'APPROVED, REJECTED or DEFERRED.', example: 'APPROVED' })
  decision?: string;

  @ApiPropertyOptional({ description: 'Display name requested.', example: 'Example Shoes' })
  requested_verified_name?: string;

  @ApiPropertyOptional({ description: 'Why it was rejected; null when approved.', example: null, nullable: true, type: String })
  rejection_reason?: string | null;
}

/** data of `phone_number.quality_updated`. */
export class PhoneNumberQualityUpdatedPayload {
  @ApiPropertyOptional({ description: 'The business number.', example: '15550100001' })
  display_phone_number?: string;

  @ApiPropertyOptional({ description: 'UPGRADE, DOWNGRADE, FLAGGED, UNFLAGGED, ONBOARDING, THROUGHPUT_UPGRADE, ...', example: 'UPGRADE' })
  event?: string;

  @ApiPropertyOptional({ description: 'Current messaging limit tier.', example: 'TIER_10K' })
  current_limit?: string;

  @ApiPropertyOptional({ description: 'Previous messaging limit tier.', example: 'TIER_2K' })
  old_limit?: string;

  @ApiPropertyOptional({ description: 'Deprecated by Meta; limit tier.', example: 'TIER_10K' })
  max_daily_conversations_per_business?: string;
}
