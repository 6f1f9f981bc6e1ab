import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AutomaticEventCustomDataPayload {
  @ApiPropertyOptional({ description: 'ISO 4217 currency of the purchase.', example: 'USD' })
  currency?: string;

  @ApiPropertyOptional({ description: 'Purchase amount in `currency`, as a decimal (USD 25.00 → 25).', example: 25 })
  amount?: number;

  @ApiPropertyOptional({
    description: "Meta's integer `custom_data.value`: the amount multiplied by 1000 (USD 25.00 → 25000), kept as sent.",
    type: 'integer',
    example: 25000,
  })
  amount_x1000?: number;
}

/**
 * data of `ctwa.automatic_event`: a lead or purchase Meta detected in a Click-to-WhatsApp thread. The
 * envelope's `phone_number_id` is the business number the chat is with.
 */
export class CtwaAutomaticEventPayload {
  @ApiProperty({
    description: 'Id of the message where the event was detected (a wamid; one message can carry a lead and purchases).',
    example: 'wamid.HBgLMTY1MDU1NTAxNDUVAgASGBQxRkREODgyNkY3RjQ5OUFFQTYzNwA=',
  })
  event_id: string;

  @ApiPropertyOptional({ description: 'LeadSubmitted or Purchase.', example: 'LeadSubmitted' })
  event_name?: string;

  @ApiPropertyOptional({ description: 'Click id of the ad (absent for ads shown in WhatsApp Status).', example: 'Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ' })
  ctwa_clid?: string;

  @ApiPropertyOptional({ description: 'When it was detected (ISO-8601).', example: '2026-05-11T10:30:00Z', format: 'date-time' })
  timestamp?: string;

  @ApiPropertyOptional({ description: 'The business number, as Meta displays it.', example: '15550100001' })
  display_phone_number?: string;

  @ApiPropertyOptional({
    description: 'Purchase details (purchases only).',
    type: AutomaticEventCustomDataPayload,
    example: { currency: 'USD', amount: 25, amount_x1000: 25000 },
  })
  custom_data?: AutomaticEventCustomDataPayload;
}
