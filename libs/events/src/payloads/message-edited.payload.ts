import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WhatsAppUserPayload } from './common.payload';
import { EditedMessagePayload, MessageContextPayload } from './message-content.payload';

/** What `message.edited` and `message.deleted` share: the user's edit or revoke message and its sender. */
export class MessageChangeFields {
  @ApiProperty({
    description: 'wamid of the edit / revoke message itself (not of the message it changes).',
    example: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ0RjA3QkM2NzE5OTI1MzNEQkUA',
  })
  message_id: string;

  @ApiPropertyOptional({
    description: 'wamid of the message the user edited or deleted.',
    example: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
  })
  original_message_id?: string;

  @ApiPropertyOptional({ description: 'Sender phone number, when Meta gives it.', example: '16505550123' })
  from?: string;

  @ApiPropertyOptional({ description: "Sender's business-scoped user id (BSUID).", example: 'US.13491208655302741918' })
  from_user_id?: string;

  @ApiPropertyOptional({ description: "Sender's parent BSUID (parent BSUIDs enabled).", example: 'US.ENT.11815799212886844830' })
  from_parent_user_id?: string;

  @ApiPropertyOptional({ description: 'Group of the message (group messages only).', example: 'Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=' })
  group_id?: string;

  @ApiPropertyOptional({ description: 'When the user edited / deleted it (ISO-8601).', example: '2026-05-11T08:09:40Z' })
  timestamp?: string;

  @ApiPropertyOptional({
    description: 'The sender: phone, BSUID, parent BSUID, username and profile name, as far as Meta gave them.',
    type: WhatsAppUserPayload,
    example: { wa_id: '16505550123', user_id: 'US.13491208655302741918', name: 'Ana Torres' },
  })
  user?: WhatsAppUserPayload;

  @ApiPropertyOptional({ description: 'Profile name of the sender.', example: 'Ana Torres' })
  contact_name?: string;

  @ApiPropertyOptional({ description: 'The business number the conversation is with.', example: '15550100001' })
  display_phone_number?: string;
}

/** data of `message.edited`: a WhatsApp user edited a message they had sent (Meta's `edit` message). */
export class MessageEditedPayload extends MessageChangeFields {
  @ApiPropertyOptional({
    description: 'The message as it reads after the edit, typed like any message content.',
    type: EditedMessagePayload,
    example: { message_type: 'text', text: { body: 'Does it come in blue?' } },
  })
  message?: EditedMessagePayload;

  @ApiPropertyOptional({
    description: 'Context of the edit message (e.g. the message it replied to).',
    type: MessageContextPayload,
    example: { message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJDMzdGRkQ0OUJGQTBBOEJFNkYA' },
  })
  context?: MessageContextPayload;
}

/** data of `message.deleted`: a WhatsApp user deleted a message they had sent (Meta's `revoke` message). */
export class MessageDeletedPayload extends MessageChangeFields {}
