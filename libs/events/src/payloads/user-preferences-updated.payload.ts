import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** data of `user.preferences_updated`: a WhatsApp user changed a messaging preference (e.g. stopped marketing). */
export class UserPreferencesUpdatedPayload {
  @ApiProperty({ description: 'WhatsApp id of the user.', example: '447700900123' })
  wa_id: string;

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
