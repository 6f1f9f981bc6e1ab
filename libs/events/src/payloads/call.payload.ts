import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MetaErrorPayload } from './common.payload';

export class CallSessionPayload {
  @ApiPropertyOptional({ description: '"offer" (user-initiated call) or "answer" (business-initiated call).', example: 'offer' })
  sdp_type?: string;

  @ApiPropertyOptional({ description: 'RFC 8866 SDP.', example: 'v=0\r\no=- 7669997803033704573 2 IN IP4 127.0.0.1\r\n...' })
  sdp?: string;
}

/** data of `call.connecting` and `call.terminated` (WhatsApp Business Calling API). */
export class CallPayload {
  @ApiProperty({ description: 'WhatsApp call id (wacid).', example: 'wacid.HBgLMTY1MDU1NTAxMjMVAgASGCA2QzE3RjE0NjlBNjI0MzZGQjQ2N0EyMzc1QTA3MEVGNRwYCzE1NTUwMTAwMDAxFQIAAA==' })
  call_id: string;

  @ApiProperty({ description: "Meta's call event: connect or terminate.", example: 'connect' })
  event: string;

  @ApiPropertyOptional({ description: 'USER_INITIATED or BUSINESS_INITIATED.', example: 'USER_INITIATED' })
  direction?: string;

  @ApiPropertyOptional({ description: 'Caller.', example: '16505550123' })
  from?: string;

  @ApiPropertyOptional({ description: 'Callee.', example: '15550100001' })
  to?: string;

  @ApiPropertyOptional({ description: 'Profile name of the WhatsApp user.', example: 'Ana Torres' })
  contact_name?: string;

  @ApiPropertyOptional({ description: 'When the event happened (ISO-8601).', example: '2026-05-11T09:10:00Z' })
  timestamp?: string;

  @ApiPropertyOptional({ description: 'The business number.', example: '15550100001' })
  display_phone_number?: string;

  @ApiPropertyOptional({ description: 'WebRTC session (connect).', type: CallSessionPayload, example: { sdp_type: 'offer', sdp: 'v=0\r\n...' } })
  session?: CallSessionPayload;

  @ApiPropertyOptional({ description: 'Final call status (terminate): COMPLETED or FAILED.', example: 'COMPLETED' })
  status?: string;

  @ApiPropertyOptional({ description: 'Call start (terminate, ISO-8601).', example: '2026-05-11T09:10:05Z' })
  start_time?: string;

  @ApiPropertyOptional({ description: 'Call end (terminate, ISO-8601).', example: '2026-05-11T09:12:20Z' })
  end_time?: string;

  @ApiPropertyOptional({ description: 'Duration in seconds (terminate).', example: 135 })
  duration?: number;

  @ApiPropertyOptional({ description: 'Errors of a failed call.', type: [MetaErrorPayload], example: [{ code: 138006, title: 'Lack of call permission' }] })
  errors?: MetaErrorPayload[];

  @ApiPropertyOptional({ description: 'Opaque string you attached when placing the call.', example: 'ticket=5521' })
  biz_opaque_callback_data?: string;
}

/** data of `call.status_updated`: RINGING / ACCEPTED / REJECTED of a business-initiated call. */
export class CallStatusUpdatedPayload {
  @ApiProperty({ description: 'WhatsApp call id (wacid).', example: 'wacid.HBgLMTY1MDU1NTAxMjMVAgARGCAyODRQIAFRoA' })
  call_id: string;

  @ApiProperty({ description: 'RINGING, ACCEPTED or REJECTED.', example: 'RINGING' })
  status: string;

  @ApiPropertyOptional({ description: 'The WhatsApp user called.', example: '16505550123' })
  recipient_id?: string;

  @ApiPropertyOptional({ description: 'When (ISO-8601).', example: '2026-05-11T09:20:00Z' })
  timestamp?: string;

  @ApiPropertyOptional({ description: 'The business number.', example: '15550100001' })
  display_phone_number?: string;

  @ApiPropertyOptional({ description: 'Errors.', type: [MetaErrorPayload], example: [{ code: 138006, title: 'Lack of call permission' }] })
  errors?: MetaErrorPayload[];

  @ApiPropertyOptional({ description: 'Opaque string you attached when placing the call.', example: 'ticket=5521' })
  biz_opaque_callback_data?: string;
}
