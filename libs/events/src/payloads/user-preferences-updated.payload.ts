import { ApiPropertyOptional } from '@nestjs/swagger';
import { WhatsAppUserPayload } from './common.payload';

/** data of `user.preferences_updated`: a WhatsApp user changed a messaging preference (e.g. stopped marketing). */
export class UserPreferencesUpdatedPayload {
  @ApiPropertyOptional({ description: 'Phone number of the user, when Meta gives it.', example: '447700900123' })
  wa_id?: string;

  @ApiPropertyOptional({ description: "User's business-scoped user id (BSUID).", example: 'GB.20558302741918134912' })
  user_id?: string;

  @ApiPropertyOptional({ description: "User's parent BSUID (parent BSUIDs enabled).", example: 'GB.ENT.11815799212886844830' })
  parent_user_id?: string;

  @ApiPropertyOptional({
    description: 'The user: phone, BSUID, parent BSUID, username and profile name, as far as Meta gave them.',
    type: WhatsAppUserPayload,
    example: { wa_id: '447700900123', user_id: 'GB.20558302741918134912', name: 'Chloe Martin' },
  })
  user?: WhatsAppUserPayload;

  @ApiPropertyOptional({ description: 'Profile name of the user.', example: 'Chloe Martin' })
  contact_name?: string;

  @ApiPropertyOptional({ description: 'Preference category.', example: 'marketing_messages' })
  category?: string;

  @ApiPropertyOptional({ description: 'New value: stop or resume.', example: 'stop' })
  value?: string;

  @ApiPropertyOptional({ description: "Meta's description of the change.", example: 'User requested to stop marketing messages' })
  detail?: string;

  @ApiPropertyOptional({ description: 'When the user changed it (ISO-8601).', example: '2026-05-11T10:33:20Z' })
  timestamp?: string;

  @ApiPropertyOptional({ description: 'The business number concerned.', example: '15550100001' })
  display_phone_number?: string;
}
