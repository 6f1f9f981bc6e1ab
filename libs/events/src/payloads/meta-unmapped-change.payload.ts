import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Why a Meta change (or one item of it) reached customers untranslated. */
export const UNMAPPED_CHANGE_REASONS = ['no_translator', 'unreadable'] as const;
export type UnmappedChangeReason = (typeof UNMAPPED_CHANGE_REASONS)[number];

/**
 * data of `meta.unmapped_change`: a Meta change this service has no typed event for, or could not read,
 * handed over as Meta sent it.
 */
export class MetaUnmappedChangePayload {
  @ApiProperty({ description: "Meta's change field, e.g. messaging_handovers, account_settings_update, consumer_profile.", example: 'messaging_handovers' })
  field: string;

  @ApiProperty({
    description:
      'no_translator: this service has no typed event for the field. unreadable: the change, or the item at `path`, does not have the shape Meta documents.',
    enum: UNMAPPED_CHANGE_REASONS,
    example: 'no_translator',
  })
  reason: UnmappedChangeReason;

  @ApiPropertyOptional({
    description:
      'Where the unreadable item sits in the change value, when only one item of the change was unreadable (its siblings were delivered as typed events).',
    example: 'messages[1]',
  })
  path?: string;

  @ApiPropertyOptional({ description: 'What could not be read.', example: 'messages: messages[1] is not an object' })
  message?: string;

  @ApiProperty({ description: "Meta's entry.id the change came under: a WABA id, or a business portfolio id for partner fields.", example: '103850127645201' })
  entry_id: string;

  @ApiProperty({
    description: "Meta's raw value: the whole change value, or the unreadable item when `path` is set. Any JSON.",
    oneOf: [
      { type: 'object', nullable: true, additionalProperties: true },
      { type: 'array', items: {} },
      { type: 'string' },
      { type: 'number' },
      { type: 'boolean' },
    ],
    example: {
      messaging_product: 'whatsapp',
      recipient: { display_phone_number: '15550100001', phone_number_id: '117263540981001' },
      sender: { phone_number: '16505550123' },
      timestamp: '1778490000',
      control_passed: { metadata: 'handover to human agent' },
    },
  })
  value: unknown;
}
