import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MetaErrorPayload, WhatsAppUserPayload } from './common.payload';

export class ConversationPayload {
  @ApiPropertyOptional({ description: 'Conversation id.', example: 'a2e653d5609c7b024ae53c8fc81bf016' })
  id?: string;

  @ApiPropertyOptional({ description: "Conversation origin / category (Meta's conversation.origin.type).", example: 'marketing' })
  origin_type?: string;

  @ApiPropertyOptional({ description: 'When the conversation window expires (ISO-8601).', example: '2026-05-12T08:33:20Z' })
  expiration_timestamp?: string;
}

export class PricingPayload {
  @ApiPropertyOptional({ description: 'Whether the message is billable.', example: true })
  billable?: boolean;

  @ApiPropertyOptional({ description: 'Pricing model (CBP or PMP).', example: 'PMP' })
  pricing_model?: string;

  @ApiPropertyOptional({ description: 'Pricing category.', example: 'marketing' })
  category?: string;

  @ApiPropertyOptional({ description: 'Pricing type (regular, free_customer_service, free_entry_point).', example: 'regular' })
  type?: string;
}

/** data of `message.status_updated`: a sent / delivered / read / failed status of a message you sent. */
export class MessageStatusUpdatedPayload {
  @ApiProperty({ description: 'wamid of the message the status is about.', example: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA' })
  message_id: string;

  @ApiProperty({ description: 'sent, delivered, read, failed (or played for voice).', example: 'delivered' })
  status: string;

  @ApiPropertyOptional({
    description: 'Recipient phone number, or the group id for group sends; Meta omits it when you sent to a BSUID and may not share the number.',
    example: '16505550123',
  })
  recipient_id?: string;

  @ApiPropertyOptional({ description: "Recipient's business-scoped user id (BSUID).", example: 'US.13491208655302741918' })
  recipient_user_id?: string;

  @ApiPropertyOptional({ description: "Recipient's parent BSUID (parent BSUIDs enabled).", example: 'US.ENT.11815799212886844830' })
  recipient_parent_user_id?: string;

  @ApiPropertyOptional({ description: '"group" when the message was sent to a group (absent for one-to-one messages).', example: 'group' })
  recipient_type?: string;

  @ApiPropertyOptional({ description: 'Group id (group sends: the recipient_id).', example: 'Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=' })
  group_id?: string;

  @ApiPropertyOptional({ description: 'Phone number of the group participant the status is about (group sends).', example: '16505550123' })
  recipient_participant_id?: string;

  @ApiPropertyOptional({ description: 'BSUID of the group participant the status is about (group sends).', example: 'US.13491208655302741918' })
  recipient_participant_user_id?: string;

  @ApiPropertyOptional({ description: 'Parent BSUID of the group participant (group sends, parent BSUIDs enabled).', example: 'US.ENT.11815799212886844830' })
  recipient_participant_parent_user_id?: string;

  @ApiPropertyOptional({ description: "Hash of the recipient's identity key (identity change check enabled).", example: 'Sjvjlx8G6Z0=' })
  recipient_identity_key_hash?: string;

  @ApiPropertyOptional({
    description: 'The recipient (the participant for group sends): phone, BSUID, parent BSUID, username and profile name, as far as Meta gave them.',
    type: WhatsAppUserPayload,
    example: { wa_id: '16505550123', user_id: 'US.13491208655302741918', username: '@anatorres', name: 'Ana Torres' },
  })
  user?: WhatsAppUserPayload;

  @ApiPropertyOptional({ description: 'When the status happened (ISO-8601).', example: '2026-05-11T08:33:24Z' })
  timestamp?: string;

  @ApiPropertyOptional({ description: 'The business number that sent the message.', example: '15550100001' })
  display_phone_number?: string;

  @ApiPropertyOptional({
    description: 'Conversation the message opened or belongs to.',
    type: ConversationPayload,
    example: { id: 'a2e653d5609c7b024ae53c8fc81bf016', origin_type: 'marketing' },
  })
  conversation?: ConversationPayload;

  @ApiPropertyOptional({
    description: 'Pricing of the message.',
    type: PricingPayload,
    example: { billable: true, pricing_model: 'PMP', category: 'marketing', type: 'regular' },
  })
  pricing?: PricingPayload;

  @ApiPropertyOptional({
    description: 'Why a message failed.',
    type: [MetaErrorPayload],
    example: [{ code: 131049, title: 'This message was not delivered to maintain healthy ecosystem engagement.' }],
  })
  errors?: MetaErrorPayload[];

  @ApiPropertyOptional({ description: 'The opaque string you attached when sending.', example: 'campaign=spring26;crm=lead-88412' })
  biz_opaque_callback_data?: string;
}
