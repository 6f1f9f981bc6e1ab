import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** data of `account.updated`. Every sub-object Meta attaches to the event is carried as sent. */
export class AccountUpdatedPayload {
  @ApiPropertyOptional({ description: 'ACCOUNT_VIOLATION, ACCOUNT_RESTRICTION, DISABLED_UPDATE, ACCOUNT_DELETED, PARTNER_ADDED, PARTNER_REMOVED, VERIFIED_ACCOUNT, AUTH_INTL_PRICE_ELIGIBILITY_UPDATE, BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE, ...', example: 'ACCOUNT_VIOLATION' })
  event?: string;

  @ApiPropertyOptional({ description: 'Phone number concerned, when Meta gives one.', example: '15550100001' })
  phone_number?: string;

  @ApiPropertyOptional({ description: 'Violation details (violation_type).', type: Object, example: { violation_type: 'SCAM' } })
  violation_info?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Restrictions (restriction_type, expiration in unix seconds).', type: [Object], example: [{ restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: 1779098300 }] })
  restriction_info?: Record<string, unknown>[];

  @ApiPropertyOptional({ description: 'Ban state (waba_ban_state, waba_ban_date).', type: Object, example: { waba_ban_state: ['SCHEDULE_FOR_DISABLE'], waba_ban_date: 'DATE' } })
  ban_info?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Lock details.', type: Object, example: { expiration: 1779098300 } })
  lock_info?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Partner / WABA sharing details (waba_id, owner_business_id, partner_app_id, solution_id...).', type: Object, example: { waba_id: '103850127645201', owner_business_id: '948201736455102' } })
  waba_info?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Authentication-international rate eligibility.', type: Object, example: { exception_countries: [{ country_code: 'ID', start_time: 1778490000 }], start_time: 1778490000 } })
  auth_international_rate_eligibility?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Partner-led business verification details.', type: Object, example: { status: 'APPROVED' } })
  partner_client_certification_info?: Record<string, unknown>;
}

/** data of `account.alert`. */
export class AccountAlertPayload {
  @ApiPropertyOptional({ description: 'Entity the alert is about: BUSINESS, WABA or PHONE_NUMBER.', example: 'BUSINESS' })
  entity_type?: string;

  @ApiPropertyOptional({ description: 'Id of that entity.', example: '948201736455102' })
  entity_id?: string;

  @ApiPropertyOptional({ description: 'Alert type.', example: 'INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED' })
  alert_type?: string;

  @ApiPropertyOptional({ description: 'CRITICAL, WARNING or INFORMATIONAL.', example: 'WARNING' })
  alert_severity?: string;

  @ApiPropertyOptional({ description: 'ACTIVE or NONE (resolved).', example: 'ACTIVE' })
  alert_status?: string;

  @ApiPropertyOptional({ description: 'Explanation.', example: 'Limits cannot be increased for your business. Use WhatsApp Business platform actively for several days.' })
  alert_description?: string;
}

/** data of `account.review_updated`. */
export class AccountReviewUpdatedPayload {
  @ApiPropertyOptional({ description: 'APPROVED, REJECTED, PENDING or DEFERRED.', example: 'APPROVED' })
  decision?: string;
}

/** data of `account.capability_updated`. Limits Meta adds later are carried under their own names. */
export class AccountCapabilityUpdatedPayload {
  @ApiPropertyOptional({ description: 'Messaging limit (business-initiated conversations per 24h).', example: 10000 })
  max_daily_conversations_per_business?: number;

  @ApiPropertyOptional({ description: 'Max phone numbers per WABA.', example: 25 })
  max_phone_numbers_per_waba?: number;

  @ApiPropertyOptional({ description: 'Max phone numbers per business portfolio.', example: 25 })
  max_phone_numbers_per_business?: number;
}

/** data of `account.security_event`. */
export class AccountSecurityEventPayload {
  @ApiPropertyOptional({ description: 'The business number.', example: '15550100001' })
  display_phone_number?: string;

  @ApiProperty({ description: 'PIN_CHANGED, PIN_RESET_REQUEST, PIN_RESET_SUCCESS, ...', example: 'PIN_CHANGED' })
  event: string;

  @ApiPropertyOptional({ description: 'Who requested the change, when Meta says.', example: '16505550100' })
  requester?: string;
}
