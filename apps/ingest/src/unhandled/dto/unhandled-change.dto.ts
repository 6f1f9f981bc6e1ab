import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { UNHANDLED_REASONS, UnhandledReason } from '@app/persistence';

export class ListUnhandledChangesQueryDto {
  @ApiPropertyOptional({ description: 'Page size', type: 'integer', example: 50, minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'next_cursor of the previous page', example: '1042' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'cursor must be the next_cursor of a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ description: 'Only changes kept for this reason', enum: [...UNHANDLED_REASONS], example: 'unknown_field' })
  @IsOptional()
  @IsIn([...UNHANDLED_REASONS], { message: `reason must be one of ${UNHANDLED_REASONS.join(', ')}` })
  reason?: UnhandledReason;
}

export class UnhandledChangeDto {
  @ApiProperty({ description: 'Sequential id (newest first)', example: '1042' })
  id: string;

  @ApiProperty({ description: 'When the POST carrying the change was received', format: 'date-time', example: '2026-05-12T16:10:17.000Z' })
  received_at: string;

  @ApiProperty({
    description:
      'Why no typed event was made: unknown_object (not a WABA webhook), unknown_waba (no workspace has the WABA), unknown_business (no workspace has the business portfolio of a partner event), unknown_field (no translator yet), unreadable_value (the translator could not read the change), unreadable_item (one item of the change could not be read; its siblings became events), too_deep (nested too deep to store as JSON; the value is its JSON text)',
    enum: [...UNHANDLED_REASONS],
    example: 'unknown_field',
  })
  reason: UnhandledReason;

  @ApiProperty({ description: "Meta's `object`", example: 'whatsapp_business_account', nullable: true, type: String })
  object: string | null;

  @ApiProperty({ description: 'entry.id', example: '102290129340398', nullable: true, type: String })
  waba_id: string | null;

  @ApiProperty({ description: 'The change field', example: 'some_new_field', nullable: true, type: String })
  field: string | null;

  @ApiProperty({
    description: "Meta's raw change value (the whole body for unknown_object, the item for unreadable_item, the JSON text for too_deep)",
    example: { foo: 'bar' },

    // Any JSON value or null: an unreadable item may be a string or a number, a too-deep change is its text.
    oneOf: [
      { type: 'object', additionalProperties: true },
      { type: 'array', items: {} },
      { type: 'string', nullable: true },
      { type: 'number' },
      { type: 'boolean' },
    ],
  })
  value: unknown;

  @ApiProperty({
    description: 'Where the unreadable item sits in the change value; null for a whole change',
    example: 'messages[2]',
    nullable: true,
    type: String,
  })
  path: string | null;

  @ApiProperty({
    description: 'The message: what the translator reported, when it failed',
    example: 'messages: messages[2] is not an object',
    nullable: true,
    type: String,
  })
  error: string | null;
}

export class UnhandledChangePageDto {
  @ApiProperty({ type: UnhandledChangeDto, isArray: true })
  data: UnhandledChangeDto[];

  @ApiProperty({ description: 'Pass as `cursor` for the next page; null on the last page', example: '1001', nullable: true, type: String })
  next_cursor: string | null;
}
