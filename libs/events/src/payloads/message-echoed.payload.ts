import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MessageContentFields } from './message-content.payload';

/** data of `message.echoed`: a message the business itself sent from the WhatsApp Business app (coexistence). */
export class MessageEchoedPayload extends MessageContentFields {
  @ApiPropertyOptional({ description: 'Recipient WhatsApp user phone number.', example: '16505550123' })
  to?: string;

  @ApiPropertyOptional({ description: 'The business number that sent it.', example: '15550100001' })
  display_phone_number?: string;

  @ApiProperty({ description: 'Meta field it came from: smb_message_echoes or message_echoes.', example: 'smb_message_echoes' })
  source: string;
}
