import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MetaErrorPayload } from './common.payload';

/** data of `message.error`: errors Meta reports for a business number outside any message or status. */
export class MessageErrorPayload {
  @ApiPropertyOptional({ description: 'The business number concerned.', example: '15550100001' })
  display_phone_number?: string;

  @ApiProperty({
    description: 'The errors.',
    type: [MetaErrorPayload],
    example: [{ code: 131000, title: 'Something went wrong', message: 'Something went wrong', details: 'Unable to process the webhook.' }],
  })
  errors: MetaErrorPayload[];
}
