import { ApiPropertyOptional } from '@nestjs/swagger';

/** One of Meta's error objects, flattened (error_data.details → details). */
export class MetaErrorPayload {
  @ApiPropertyOptional({ description: "Meta's error code.", example: 131049 })
  code?: number;

  @ApiPropertyOptional({ description: 'Short error title.', example: 'This message was not delivered to maintain healthy ecosystem engagement.' })
  title?: string;

  @ApiPropertyOptional({ description: 'Error message.', example: 'This message was not delivered to maintain healthy ecosystem engagement.' })
  message?: string;

  @ApiPropertyOptional({ description: "Details (Meta's error_data.details).", example: 'In order to maintain a healthy ecosystem engagement, the message failed to be delivered.' })
  details?: string;

  @ApiPropertyOptional({ description: "Link to Meta's error code reference.", example: '/documentation/business-messaging/whatsapp/support/error-codes' })
  href?: string;
}
