import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MetaErrorPayload } from './common.payload';

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

  @ApiPropertyOptional({ description: 'Recipient WhatsApp id.', example: '16505550123' })
  recipient_id?: string;

  @ApiPropertyOptional({ description: 'When the status happened (ISO-8601).', example: '2026-05-11T08:33:24Z' })
  timestamp?: string;

  @ApiPropertyOptional({ description: 'The business number that sent the message.', example: '15550100001' })
  display_phone_number?: string;

  @ApiPropertyOptional({ description: 'Conversation the message opened or belongs to.', type: ConversationPayload, example: { id: 'a2e653d5609c7b024ae53c8fc81bf016', origin_type: 'marketing' } })
  conversation?: ConversationPayload;

  @ApiPropertyOptional({ description: 'Pricing of the message.', type: PricingPayload, example: { billable: true, pricing_model: 'PMP', category: 'marketing', type: 'regular' } })
  pricing?: PricingPayload;

  @ApiPropertyOptional({ description: 'Why a message failed.', type: [MetaErrorPayload], example: [{ code: 131049, title: 'This message was not delivered to maintain healthy ecosystem engagement.' }] })
  errors?: MetaErrorPayload[];

  @ApiPropertyOptional({ description: 'The opaque string you attached when sending.', example: 'campaign=spring26;crm=lead-88412' })
  biz_opaque_callback_data?: string;
}
