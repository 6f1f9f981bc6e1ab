import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MetaErrorPayload, WhatsAppUserPayload } from './common.payload';

export class CallSessionPayload {
  @ApiPropertyOptional({ description: '"offer" (user-initiated call) or "answer" (business-initiated call).', example: 'offer' })
  sdp_type?: string;

  @ApiPropertyOptional({ description: 'RFC 8866 SDP.', example: 'v=0\r\no=- 7669997803033704573 2 IN IP4 127.0.0.1\r\n...' })
  sdp?: string;
}

/** data of `call.connecting` and `call.terminated` (WhatsApp Business Calling API). */
export class CallPayload {
  @ApiProperty({
    description: 'WhatsApp call id (wacid).',
    example: 'wacid.HBgLMTY1MDU1NTAxMjMVAgASGCA2QzE3RjE0NjlBNjI0MzZGQjQ2N0EyMzc1QTA3MEVGNRwYCzE1NTUwMTAwMDAxFQIAAA==',
  })
  call_id: string;

  @ApiProperty({ description: "Meta's call event: connect or terminate.", example: 'connect' })
  event: string;

  @ApiPropertyOptional({ description: 'USER_INITIATED or BUSINESS_INITIATED.', example: 'USER_INITIATED' })
  direction?: string;

  @ApiPropertyOptional({ description: 'Caller phone number (absent for a user Meta does not share the number of).', example: '16505550123' })
  from?: string;

  @ApiPropertyOptional({ description: "Caller's BSUID (user-initiated calls).", example: 'US.13491208655302741918' })
  from_user_id?: string;

  @ApiPropertyOptional({ description: "Caller's parent BSUID (user-initiated calls, parent BSUIDs enabled).", example: 'US.ENT.11815799212886844830' })
  from_parent_user_id?: string;

  @ApiPropertyOptional({ description: 'Callee phone number.', example: '15550100001' })
  to?: string;

  @ApiPropertyOptional({ description: "Callee's BSUID (business-initiated calls).", example: 'US.13491208655302741918' })
  to_user_id?: string;

  @ApiPropertyOptional({ description: "Callee's parent BSUID (business-initiated calls, parent BSUIDs enabled).", example: 'US.ENT.11815799212886844830' })
  to_parent_user_id?: string;

  @ApiPropertyOptional({
    description: 'The WhatsApp user on the call (caller or callee): phone, BSUID, parent BSUID, username and profile name, as far as Meta gave them.',
    type: WhatsAppUserPayload,
    example: { wa_id: '16505550123', user_id: 'US.13491208655302741918', name: 'Ana Torres' },
  })
  user?: WhatsAppUserPayload;

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

  @ApiPropertyOptional({ description: 'Duration in seconds (terminate).', type: 'integer', example: 135 })
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

  @ApiPropertyOptional({ description: 'Phone number of the WhatsApp user called, when Meta gives it.', example: '16505550123' })
  recipient_id?: string;

  @ApiPropertyOptional({ description: 'BSUID of the WhatsApp user called.', example: 'US.13491208655302741918' })
  recipient_user_id?: string;

  @ApiPropertyOptional({ description: 'Parent BSUID of the WhatsApp user called (parent BSUIDs enabled).', example: 'US.ENT.11815799212886844830' })
  recipient_parent_user_id?: string;

  @ApiPropertyOptional({
    description: 'The WhatsApp user called, as far as Meta gave it.',
    type: WhatsAppUserPayload,
    example: { wa_id: '16505550123', user_id: 'US.13491208655302741918' },
  })
  user?: WhatsAppUserPayload;

  @ApiPropertyOptional({ description: 'When (ISO-8601).', example: '2026-05-11T09:20:00Z' })
  timestamp?: string;

  @ApiPropertyOptional({ description: 'The business number.', example: '15550100001' })
  display_phone_number?: string;

  @ApiPropertyOptional({ description: 'Errors.', type: [MetaErrorPayload], example: [{ code: 138006, title: 'Lack of call permission' }] })
  errors?: MetaErrorPayload[];

  @ApiPropertyOptional({ description: 'Opaque string you attached when placing the call.', example: 'ticket=5521' })
  biz_opaque_callback_data?: string;
}
