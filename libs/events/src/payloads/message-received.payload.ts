import { ApiPropertyOptional } from '@nestjs/swagger';
import { MessageContentFields } from './message-content.payload';

/** data of `message.received`: one message a WhatsApp user sent to a business number. */
export class MessageReceivedPayload extends MessageContentFields {
  @ApiPropertyOptional({ description: 'Profile name of the sender.', example: 'Ana Torres' })
  contact_name?: string;

  @ApiPropertyOptional({ description: 'The business number that received it.', example: '15550100001' })
  display_phone_number?: string;
}
