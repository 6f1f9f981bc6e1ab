import { ApiPropertyOptional } from '@nestjs/swagger';
import { WhatsAppUserPayload } from './common.payload';

/**
 * data of `user.id_updated`: Meta rotated a WhatsApp user's business-scoped user id (BSUID), which
 * happens when the user changes phone number (Meta's `user_id_update` webhook).
 */
export class UserIdUpdatedPayload {
  @ApiPropertyOptional({ description: 'The BSUID the user had until now.', example: 'US.13491208655302741918' })
  previous_user_id?: string;

  @ApiPropertyOptional({ description: 'The BSUID to use from now on.', example: 'US.20385511893361028471' })
  current_user_id?: string;

  @ApiPropertyOptional({ description: 'The parent BSUID the user had until now (parent BSUIDs enabled).', example: 'US.ENT.11815799212886844830' })
  previous_parent_user_id?: string;

  @ApiPropertyOptional({ description: 'The parent BSUID to use from now on (parent BSUIDs enabled).', example: 'US.ENT.20917745601238845571' })
  current_parent_user_id?: string;

  @ApiPropertyOptional({ description: "The user's phone number, when Meta gives it.", example: '16505550199' })
  wa_id?: string;

  @ApiPropertyOptional({ description: "Meta's description of the update.", example: 'User id for Ana Torres has been updated.' })
  detail?: string;

  @ApiPropertyOptional({ description: 'When Meta sent the update (ISO-8601).', example: '2026-05-11T09:30:00Z' })
  timestamp?: string;

  @ApiPropertyOptional({
    description: 'The user with their current ids: phone, BSUID, parent BSUID, username and profile name, as far as Meta gave them.',
    type: WhatsAppUserPayload,
    example: { wa_id: '16505550199', user_id: 'US.20385511893361028471', name: 'Ana Torres' },
  })
  user?: WhatsAppUserPayload;

  @ApiPropertyOptional({ description: 'The business number concerned.', example: '15550100001' })
  display_phone_number?: string;
}
