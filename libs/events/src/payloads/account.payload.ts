import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AccountViolationInfoPayload {
  @ApiPropertyOptional({ description: 'Policy violated (from the policy-enforcement violations list).', example: 'SCAM' })
  violation_type?: string;
}

export class AccountRestrictionPayload {
  @ApiPropertyOptional({
    description: 'What is restricted, e.g. RESTRICTED_BIZ_INITIATED_MESSAGING, RESTRICTED_ADD_PHONE_NUMBER_ACTION, RESTRICTED_USER_INITIATED_CALLING.',
    example: 'RESTRICTED_BIZ_INITIATED_MESSAGING',
  })
  restriction_type?: string;

  @ApiPropertyOptional({
    description: 'When the restriction ends: ISO-8601 when Meta sends a Unix time, else its text as sent.',
    example: '2026-05-18T09:58:20Z',
  })
  expiration?: string;

  @ApiPropertyOptional({
    description: 'What to do about it, when Meta says.',
    example: 'Review your messaging practices and ensure compliance with WhatsApp policies.',
  })
  remediation?: string;
}

export class AccountBanInfoPayload {
  @ApiPropertyOptional({
    description: "DISABLE, REINSTATE or SCHEDULE_FOR_DISABLE: one string as in Meta's reference, or an array when Meta sends one.",
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    example: 'SCHEDULE_FOR_DISABLE',
  })
  waba_ban_state?: string | string[];

  @ApiPropertyOptional({ description: 'When: Meta\'s human text (e.g. "April 17, 2025"), or ISO-8601 when Meta sends a Unix time.', example: 'May 18, 2026' })
  waba_ban_date?: string;
}

export class AccountWabaInfoPayload {
  @ApiPropertyOptional({ description: 'The WABA the event concerns; the event is delivered to the workspace owning it.', example: '103850127645201' })
  waba_id?: string;

  @ApiPropertyOptional({ description: 'Business portfolio owning the WABA.', example: '948201736455102' })
  owner_business_id?: string;

  @ApiPropertyOptional({ description: 'Partner app installed or uninstalled (PARTNER_APP_*).', example: '1572019843321047' })
  partner_app_id?: string;

  @ApiPropertyOptional({ description: 'Multi-Partner Solution the WABA was shared through.', example: '1220406039151413' })
  solution_id?: string;

  @ApiPropertyOptional({ description: 'Business portfolios of the solution partners.', type: [String], example: ['948201736455102', '551098234761190'] })
  solution_partner_business_ids?: string[];

  @ApiPropertyOptional({ description: 'Ad account linked to the WABA (AD_ACCOUNT_LINKED).', example: '1948203375122017' })
  ad_account_linked?: string;
}

export class AccountDisconnectionInfoPayload {
  @ApiPropertyOptional({
    description: 'ACCOUNT_DISCONNECTED, BUSINESS_DOWNGRADE, CHANGE_NUMBER, COMPANION_INACTIVITY, PRIMARY_INACTIVITY or USER_RE_REGISTERED.',
    example: 'ACCOUNT_DISCONNECTED',
  })
  reason?: string;

  @ApiPropertyOptional({ description: 'USER or SYSTEM.', example: 'USER' })
  initiated_by?: string;
}

export class AuthRateExceptionCountryPayload {
  @ApiPropertyOptional({ description: 'ISO 3166 alpha-2 country.', example: 'ID' })
  country_code?: string;

  @ApiPropertyOptional({ description: 'When the international rate applies there (ISO-8601).', example: '2026-06-01T00:00:00Z', format: 'date-time' })
  start_time?: string;
}

export class AuthInternationalRateEligibilityPayload {
  @ApiPropertyOptional({ description: 'When the authentication-international rate applies (ISO-8601).', example: '2026-06-01T00:00:00Z', format: 'date-time' })
  start_time?: string;

  @ApiPropertyOptional({
    description: 'Countries with their own start time.',
    type: [AuthRateExceptionCountryPayload],
    example: [{ country_code: 'ID', start_time: '2026-07-01T00:00:00Z' }],
  })
  exception_countries?: AuthRateExceptionCountryPayload[];
}

export class PartnerClientCertificationInfoPayload {
  @ApiPropertyOptional({ description: 'The client business portfolio.', example: '551098234761190' })
  client_business_id?: string;

  @ApiPropertyOptional({ description: 'APPROVED, DISCARDED, FAILED, PENDING or REVOKED.', example: 'APPROVED' })
  status?: string;

  @ApiPropertyOptional({ description: 'Why it failed, when it did.', type: [String], example: ['LEGAL_NAME_NOT_MATCHING'] })
  rejection_reasons?: string[];
}

export class VolumeTierInfoPayload {
  @ApiPropertyOptional({ description: 'When the tier changed (ISO-8601).', example: '2026-05-01T00:00:00Z', format: 'date-time' })
  tier_update_time?: string;

  @ApiPropertyOptional({ description: 'Pricing category the tier is for.', example: 'UTILITY' })
  pricing_category?: string;

  @ApiPropertyOptional({ description: 'Volume range "min:max" of messages in the month.', example: '100001:500000' })
  tier?: string;

  @ApiPropertyOptional({ description: 'Month the tier applies to (YYYY-MM).', example: '2026-05' })
  effective_month?: string;

  @ApiPropertyOptional({ description: 'Pricing region.', example: 'India' })
  region?: string;
}

/**
 * data of `account.updated`. Each documented event's objects are typed below; an object Meta adds
 * later is carried as sent under its own name. Partner events (PARTNER_ADDED, PARTNER_REMOVED,
 * PARTNER_APP_INSTALLED/UNINSTALLED, AD_ACCOUNT_LINKED, MM_LITE_TERMS_SIGNED) are delivered to the
 * workspace of `waba_info.waba_id`. For VERIFIED_ACCOUNT the envelope's `phone_number_id` is the
 * number in `phone_number`, when this service knows it.
 */
export class AccountUpdatedPayload {
  @ApiPropertyOptional({
    description:
      'ACCOUNT_VIOLATION, ACCOUNT_RESTRICTION, DISABLED_UPDATE, ACCOUNT_DELETED, ACCOUNT_OFFBOARDED, ACCOUNT_RECONNECTED, AD_ACCOUNT_LINKED, AUTH_INTL_PRICE_ELIGIBILITY_UPDATE, BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE, MM_LITE_TERMS_SIGNED, PARTNER_ADDED, PARTNER_REMOVED, PARTNER_APP_INSTALLED, PARTNER_APP_UNINSTALLED, PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE, VOLUME_BASED_PRICING_TIER_UPDATE, VERIFIED_ACCOUNT, ...',
    example: 'ACCOUNT_VIOLATION',
  })
  event?: string;

  @ApiPropertyOptional({ description: 'The business number concerned (VERIFIED_ACCOUNT), as Meta displays it.', example: '15550100001' })
  phone_number?: string;

  @ApiPropertyOptional({ description: 'ACCOUNT_VIOLATION: the violation.', type: AccountViolationInfoPayload, example: { violation_type: 'SCAM' } })
  violation_info?: AccountViolationInfoPayload;

  @ApiPropertyOptional({
    description: 'ACCOUNT_RESTRICTION: every restriction in force.',
    type: [AccountRestrictionPayload],
    example: [{ restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: '2026-05-18T09:58:20Z' }],
  })
  restriction_info?: AccountRestrictionPayload[];

  @ApiPropertyOptional({
    description: 'DISABLED_UPDATE: ban state and date.',
    type: AccountBanInfoPayload,
    example: { waba_ban_state: 'SCHEDULE_FOR_DISABLE', waba_ban_date: 'May 18, 2026' },
  })
  ban_info?: AccountBanInfoPayload;

  @ApiPropertyOptional({
    description: 'Lock details, carried as Meta sends them.',
    type: 'object',
    properties: { expiration: { type: 'integer', description: 'Unix seconds when the lock ends', example: 1779098300 } },
    additionalProperties: true,
    example: { expiration: 1779098300 },
  })
  lock_info?: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'Partner, ad-account and MM Lite events: the WABA concerned and its owner.',
    type: AccountWabaInfoPayload,
    example: { waba_id: '103850127645201', owner_business_id: '948201736455102', partner_app_id: '1572019843321047' },
  })
  waba_info?: AccountWabaInfoPayload;

  @ApiPropertyOptional({
    description: 'PARTNER_REMOVED of a coexistence number: why it was disconnected and by whom.',
    type: AccountDisconnectionInfoPayload,
    example: { reason: 'ACCOUNT_DISCONNECTED', initiated_by: 'USER' },
  })
  disconnection_info?: AccountDisconnectionInfoPayload;

  @ApiPropertyOptional({
    description: 'AUTH_INTL_PRICE_ELIGIBILITY_UPDATE: authentication-international rate eligibility.',
    type: AuthInternationalRateEligibilityPayload,
    example: { start_time: '2026-06-01T00:00:00Z', exception_countries: [{ country_code: 'ID', start_time: '2026-07-01T00:00:00Z' }] },
  })
  auth_international_rate_eligibility?: AuthInternationalRateEligibilityPayload;

  @ApiPropertyOptional({ description: 'BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE: the new country (ISO 3166 alpha-2).', example: 'BR' })
  country?: string;

  @ApiPropertyOptional({
    description: 'PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE: partner-led business verification.',
    type: PartnerClientCertificationInfoPayload,
    example: { client_business_id: '551098234761190', status: 'APPROVED' },
  })
  partner_client_certification_info?: PartnerClientCertificationInfoPayload;

  @ApiPropertyOptional({
    description: 'VOLUME_BASED_PRICING_TIER_UPDATE: the volume pricing tier reached.',
    type: VolumeTierInfoPayload,
    example: { tier_update_time: '2026-05-01T00:00:00Z', pricing_category: 'UTILITY', tier: '100001:500000', effective_month: '2026-05', region: 'India' },
  })
  volume_tier_info?: VolumeTierInfoPayload;
}

/**
 * data of `account.alert`. For an alert about a phone number (`entity_type` PHONE_NUMBER) the envelope's
 * `phone_number_id` is `entity_id`.
 */
export class AccountAlertPayload {
  @ApiPropertyOptional({ description: 'Entity the alert is about: BUSINESS (a portfolio), PHONE_NUMBER or CURRENT_STATUS_ID.', example: 'BUSINESS' })
  entity_type?: string;

  @ApiPropertyOptional({ description: 'Id of that entity (portfolio id or phone number id).', example: '948201736455102' })
  entity_id?: string;

  @ApiPropertyOptional({
    description:
      'INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED, INCREASED_CAPABILITIES_ELIGIBILITY_FAILED, INCREASED_CAPABILITIES_ELIGIBILITY_NEED_MORE_INFO, OBA_APPROVED, OBA_REJECTED, PROFILE_PICTURE_LOST, ...',
    example: 'INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED',
  })
  alert_type?: string;

  @ApiPropertyOptional({ description: 'CRITICAL, WARNING or INFORMATIONAL.', example: 'WARNING' })
  alert_severity?: string;

  @ApiPropertyOptional({ description: 'ACTIVE or NONE (resolved).', example: 'ACTIVE' })
  alert_status?: string;

  @ApiPropertyOptional({
    description: "Meta's explanation (display text).",
    example: 'Limits cannot be increased for your business. Use WhatsApp Business platform actively for several days.',
  })
  alert_description?: string;
}

/** data of `account.review_updated`. */
export class AccountReviewUpdatedPayload {
  @ApiPropertyOptional({ description: 'APPROVED, REJECTED, PENDING or DEFERRED (the last two: the WABA cannot use the APIs yet).', example: 'APPROVED' })
  decision?: string;
}

const LIMIT_OR_TIER = [{ type: 'number' }, { type: 'string' }];

/** data of `account.capability_updated`. Limits Meta adds later are carried under their own names. */
export class AccountCapabilityUpdatedPayload {
  @ApiPropertyOptional({
    description:
      'Messaging limit of the business portfolio (business-initiated conversations per 24 h): a number (2000) or a tier name (TIER_250 … TIER_UNLIMITED), as Meta sends it.',
    oneOf: LIMIT_OR_TIER,
    example: 10000,
  })
  max_daily_conversations_per_business?: number | string;

  @ApiPropertyOptional({ description: 'Phone numbers allowed on the WABA (sent when the limit is not 250).', type: 'integer', example: 25 })
  max_phone_numbers_per_waba?: number;

  @ApiPropertyOptional({ description: 'Phone numbers allowed in the business portfolio (sent at the 250 tier).', type: 'integer', example: 250 })
  max_phone_numbers_per_business?: number;

  @ApiPropertyOptional({
    description: 'Deprecated by Meta (removal announced for February 2026): per-number limit, 250, 2000, 10000, 100000, or -1 for unlimited.',
    type: 'integer',
    example: 10000,
  })
  max_daily_conversation_per_phone?: number;
}

/**
 * data of `account.security_event`. Meta names the number only by its display form; the envelope's
 * `phone_number_id` is that number's id when this service knows it.
 */
export class AccountSecurityEventPayload {
  @ApiPropertyOptional({ description: 'The business number, as Meta displays it.', example: '15550100001' })
  display_phone_number?: string;

  @ApiProperty({ description: 'PIN_CHANGED, PIN_RESET_REQUEST, PIN_REQUEST_SUCCESS (or PIN_RESET_SUCCESS), ...', example: 'PIN_CHANGED' })
  event: string;

  @ApiPropertyOptional({ description: 'Meta Business Suite user who requested the reset (reset requests only).', example: '100087654321098' })
  requester?: string;
}
