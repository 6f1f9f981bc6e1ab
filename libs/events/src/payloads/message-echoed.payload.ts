import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WhatsAppUserPayload } from './common.payload';
import { MessageContentFields } from './message-content.payload';

/** data of `message.echoed`: a message the business itself sent from the WhatsApp Business app (coexistence). */
export class MessageEchoedPayload extends MessageContentFields {
  @ApiPropertyOptional({ description: 'Recipient WhatsApp user phone number, when Meta gives it.', example: '16505550123' })
  to?: string;

  @ApiPropertyOptional({ description: "Recipient's business-scoped user id (BSUID).", example: 'US.13491208655302741918' })
  to_user_id?: string;

  @ApiPropertyOptional({ description: "Recipient's parent BSUID (parent BSUIDs enabled).", example: 'US.ENT.11815799212886844830' })
  to_parent_user_id?: string;

  @ApiPropertyOptional({
    description: 'The WhatsApp user the business wrote to, as far as Meta gave it.',
    type: WhatsAppUserPayload,
    example: { wa_id: '16505550123', user_id: 'US.13491208655302741918' },
  })
  user?: WhatsAppUserPayload;

  @ApiPropertyOptional({ description: 'The business number that sent it.', example: '15550100001' })
  display_phone_number?: string;

  @ApiProperty({ description: 'Meta field it came from: smb_message_echoes or message_echoes.', example: 'smb_message_echoes' })
  source: string;
}
