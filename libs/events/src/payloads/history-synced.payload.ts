import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MetaErrorPayload, WhatsAppUserPayload } from './common.payload';
import { MessageContentFields } from './message-content.payload';

export class HistoryMessagePayload extends MessageContentFields {
  @ApiPropertyOptional({ description: 'Recipient (messages the business sent).', example: '16505550123' })
  to?: string;

  @ApiPropertyOptional({ description: "Recipient's BSUID (messages the business sent).", example: 'US.13491208655302741918' })
  to_user_id?: string;

  @ApiPropertyOptional({ description: "Delivery status at sync time (Meta's history_context.status).", example: 'READ' })
  status?: string;
}

export class HistoryThreadPayload {
  @ApiPropertyOptional({ description: "The thread's WhatsApp user phone number; Meta omits it when it may not share the number.", example: '16505550123' })
  id?: string;

  @ApiPropertyOptional({
    description: "The thread's WhatsApp user (Meta's thread id and context): phone, BSUID, parent BSUID, username.",
    type: WhatsAppUserPayload,
    example: { wa_id: '16505550123', user_id: 'US.13491208655302741918' },
  })
  user?: WhatsAppUserPayload;

  @ApiProperty({
    description: 'Messages of the thread in this chunk.',
    type: [HistoryMessagePayload],
    example: [
      {
        message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzRkE1',
        from: '16505550123',
        timestamp: '2026-03-02T10:00:00Z',
        message_type: 'text',
        text: { body: 'Is the shop open on Sunday?' },
        status: 'READ',
      },
    ],
  })
  messages: HistoryMessagePayload[];
}

/** data of `history.synced`: one chunk of WhatsApp Business app chat history (coexistence onboarding). */
export class HistorySyncedPayload {
  @ApiPropertyOptional({ description: 'The business number.', example: '15550100001' })
  display_phone_number?: string;

  @ApiPropertyOptional({ description: 'History phase: 0 (day 0-1), 1 (day 1-90), 2 (day 90-180).', type: 'integer', example: 0 })
  phase?: number;

  @ApiPropertyOptional({ description: 'Order of this chunk within the phase.', type: 'integer', example: 1 })
  chunk_order?: number;

  @ApiPropertyOptional({ description: 'Sync progress, 0-100.', example: 100 })
  progress?: number;

  @ApiProperty({ description: 'Threads in this chunk.', type: [HistoryThreadPayload], example: [{ id: '16505550123', messages: [] }] })
  threads: HistoryThreadPayload[];

  @ApiPropertyOptional({
    description: 'Set when the business declined to share history (code 2593109).',
    type: [MetaErrorPayload],
    example: [{ code: 2593109, title: 'History sync is turned off by the business from the WhatsApp Business App' }],
  })
  errors?: MetaErrorPayload[];
}
