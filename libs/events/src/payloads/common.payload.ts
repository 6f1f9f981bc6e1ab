import { ApiPropertyOptional } from '@nestjs/swagger';

/** One of Meta's error objects, flattened (error_data.details → details). */
export class MetaErrorPayload {
  @ApiPropertyOptional({ description: "Meta's error code.", type: 'integer', example: 131049 })
  code?: number;

  @ApiPropertyOptional({ description: 'Short error title.', example: 'This message was not delivered to maintain healthy ecosystem engagement.' })
  title?: string;

  @ApiPropertyOptional({ description: 'Error message.', example: 'This message was not delivered to maintain healthy ecosystem engagement.' })
  message?: string;

  @ApiPropertyOptional({
    description: "Details (Meta's error_data.details).",
    example: 'In order to maintain a healthy ecosystem engagement, the message failed to be delivered.',
  })
  details?: string;

  @ApiPropertyOptional({ description: "Link to Meta's error code reference.", example: '/documentation/business-messaging/whatsapp/support/error-codes' })
  href?: string;
}

/**
 * A WhatsApp user, named the same way in every event: phone number, business-scoped user id (BSUID),
 * parent BSUID, username and profile name, each only when Meta gave it. Since 2026 a user who set a
 * username may arrive without a phone number: key users on `wa_id` when present, else `user_id`.
 */
export class WhatsAppUserPayload {
  @ApiPropertyOptional({ description: "Phone number (Meta's wa_id), digits only; absent when Meta withholds it.", example: '16505550123' })
  wa_id?: string;

  @ApiPropertyOptional({
    description: 'Business-scoped user id (BSUID): country code, a dot, then up to 128 alphanumerics.',
    example: 'US.13491208655302741918',
  })
  user_id?: string;

  @ApiPropertyOptional({
    description: 'Parent BSUID, shared by the business portfolios enrolled in one parent BSUID account.',
    example: 'US.ENT.11815799212886844830',
  })
  parent_user_id?: string;

  @ApiPropertyOptional({ description: "WhatsApp username (Meta's profile.username), when the user set one.", example: '@anatorres' })
  username?: string;

  @ApiPropertyOptional({ description: "Profile name (Meta's profile.name).", example: 'Ana Torres' })
  name?: string;
}
