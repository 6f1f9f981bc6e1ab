import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AutomaticEventCustomDataPayload {
  @ApiPropertyOptional({ description: 'ISO 4217 currency (purchase).', example: 'USD' })
  currency?: string;

  @ApiPropertyOptional({ description: 'Purchase value.', example: 59.9 })
  value?: number;
}

/** data of `ctwa.automatic_event`: a lead or purchase Meta detected in a Click-to-WhatsApp thread. */
export class CtwaAutomaticEventPayload {
  @ApiProperty({ description: 'Id of the event (wamid of the message where it was detected).', example: 'wamid.HBgLMTY1MDU1NTAxNDUVAgASGBQxRkREODgyNkY3RjQ5OUFFQTYzNwA=' })
  event_id: string;

  @ApiPropertyOptional({ description: 'LeadSubmitted or Purchase.', example: 'LeadSubmitted' })
  event_name?: string;

  @ApiPropertyOptional({ description: 'Click id of the ad.', example: 'Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ' })
  ctwa_clid?: string;

  @ApiPropertyOptional({ description: 'When it was detected (ISO-8601).', example: '2026-05-11T10:30:00Z' })
  timestamp?: string;

  @ApiPropertyOptional({ description: 'The business number.', example: '15550100001' })
  display_phone_number?: string;

  @ApiPropertyOptional({ description: 'Purchase details.', type: AutomaticEventCustomDataPayload, example: { currency: 'USD', value: 59.9 } })
  custom_data?: AutomaticEventCustomDataPayload;
}
