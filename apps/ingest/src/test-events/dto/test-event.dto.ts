import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { EVENT_TYPE_NAMES } from '@app/events';

export class SendTestEventDto {
  @ApiProperty({ description: 'Catalog event type whose example is sent', enum: EVENT_TYPE_NAMES, example: 'template.status_updated' })
  @IsString()
  @Matches(/^[a-z][a-z_]*\.[a-z][a-z_]*$/, { message: 'type must be an event type name like template.status_updated' })
  type: string;
}

export class TestEventResultDto {
  @ApiProperty({ description: 'Id of the test event (webhook-id header)', example: 'evt_test_4mX1y7QqP2nR8sT0' })
  event_id: string;

  @ApiProperty({ description: 'True when the endpoint answered 2xx', example: true })
  success: boolean;

  @ApiProperty({ description: 'HTTP status of the answer; null when none came', nullable: true, type: 'integer', example: 200 })
  status_code: number | null;

  @ApiProperty({ description: 'Milliseconds until the answer (or the error)', type: 'integer', example: 143 })
  duration_ms: number;

  @ApiProperty({ nullable: true, type: String, description: 'timeout, connection_error, redirect, ssrf_blocked, http_error …', example: null })
  error_class: string | null;

  @ApiProperty({ nullable: true, type: String, example: null })
  error_message: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'First bytes of the response body', example: 'ok' })
  response_body: string | null;
}
