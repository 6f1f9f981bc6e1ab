import { ApiPropertyOptional } from '@nestjs/swagger';
import { WhatsAppUserPayload } from './common.payload';
import { MessageContentFields } from './message-content.payload';

/** data of `message.received`: one message a WhatsApp user sent to a business number (or in a group it is in). */
export class MessageReceivedPayload extends MessageContentFields {
  @ApiPropertyOptional({
    description: 'The sender: phone, BSUID, parent BSUID, username and profile name, as far as Meta gave them.',
    type: WhatsAppUserPayload,
    example: { wa_id: '16505550123', user_id: 'US.13491208655302741918', name: 'Ana Torres' },
  })
  user?: WhatsAppUserPayload;

  @ApiPropertyOptional({ description: 'Profile name of the sender.', example: 'Ana Torres' })
  contact_name?: string;

  @ApiPropertyOptional({ description: 'The business number that received it.', example: '15550100001' })
  display_phone_number?: string;
}
