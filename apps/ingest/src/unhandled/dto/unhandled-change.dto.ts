import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { UnhandledReason } from '@app/persistence';

export const UNHANDLED_REASONS: readonly UnhandledReason[] = ['unknown_object', 'unknown_waba', 'unknown_field', 'unreadable_value'];

export class ListUnhandledChangesQueryDto {
  @ApiPropertyOptional({ description: 'Page size', example: 50, minimum: 1, maximum: 200, default: 50 })
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

  @ApiPropertyOptional({ description: 'Only changes kept for this reason', enum: UNHANDLED_REASONS, example: 'unknown_field' })
  @IsOptional()
  @IsIn(UNHANDLED_REASONS as UnhandledReason[], { message: `reason must be one of ${UNHANDLED_REASONS.join(', ')}` })
  reason?: UnhandledReason;
}

export class UnhandledChangeDto {
  @ApiProperty({ description: 'Sequential id (newest first)', example: '1042' })
  id: string;

  @ApiProperty({ description: 'When the POST carrying the change was received', example: '2026-05-12T16:10:17.000Z' })
  received_at: string;

  @ApiProperty({
    description: 'Why no event was made: unknown_object (not a WABA webhook), unknown_waba (no workspace has it), unknown_field (no translator yet), unreadable_value (the translator could not read it)',
    enum: UNHANDLED_REASONS,
    example: 'unknown_field',
  })
  reason: UnhandledReason;

  @ApiProperty({ description: "Meta's `object`", example: 'whatsapp_business_account', nullable: true, type: String })
  object: string | null;

  @ApiProperty({ description: 'entry.id', example: '102290129340398', nullable: true, type: String })
  waba_id: string | null;

  @ApiProperty({ description: 'The change field', example: 'some_new_field', nullable: true, type: String })
  field: string | null;

  @ApiProperty({ description: "Meta's raw change value (the whole body for unknown_object)", example: { foo: 'bar' }, nullable: true, type: Object })
  value: unknown;

  @ApiProperty({ description: 'What the translator reported, when it failed', example: 'message_template_status_update: value.event is missing', nullable: true, type: String })
  error: string | null;
}

export class UnhandledChangePageDto {
  @ApiProperty({ type: UnhandledChangeDto, isArray: true })
  data: UnhandledChangeDto[];

  @ApiProperty({ description: 'Pass as `cursor` for the next page; null on the last page', example: '1001', nullable: true, type: String })
  next_cursor: string | null;
}
