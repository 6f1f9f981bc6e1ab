import { ApiPropertyOptional } from '@nestjs/swagger';

export class SyncedContactPayload {
  @ApiPropertyOptional({ description: 'Full name in the address book (absent on remove).', example: 'Pablo Morales' })
  full_name?: string;

  @ApiPropertyOptional({ description: 'First name (absent on remove).', example: 'Pablo' })
  first_name?: string;

  @ApiPropertyOptional({ description: 'Contact WhatsApp phone number.', example: '16505551234' })
  phone_number?: string;
}

/** data of `contact.synced`: a WhatsApp Business app contact added, edited or removed (coexistence). */
export class ContactSyncedPayload {
  @ApiPropertyOptional({ description: "Kind of state synced (Meta's state_sync[].type), currently contact.", example: 'contact' })
  sync_type?: string;

  @ApiPropertyOptional({ description: 'add (added or edited) or remove.', example: 'add' })
  action?: string;

  @ApiPropertyOptional({
    description: 'The contact.',
    type: SyncedContactPayload,
    example: { full_name: 'Pablo Morales', first_name: 'Pablo', phone_number: '16505551234' },
  })
  contact?: SyncedContactPayload;

  @ApiPropertyOptional({ description: 'When (ISO-8601).', example: '2026-05-11T11:00:00Z', format: 'date-time' })
  timestamp?: string;

  @ApiPropertyOptional({ description: 'The business number.', example: '15550100001' })
  display_phone_number?: string;
}
