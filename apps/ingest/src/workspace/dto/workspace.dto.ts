import { ApiProperty } from '@nestjs/swagger';

export class CurrentWorkspaceDto {
  @ApiProperty({ description: 'Workspace id', format: 'uuid', example: '5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11' })
  id: string;

  @ApiProperty({ example: 'Acme Marketing' })
  name: string;

  @ApiProperty({ description: 'WhatsApp Business Account ids linked to the workspace', example: ['102290129340398'], type: [String] })
  waba_ids: string[];

  @ApiProperty({ format: 'date-time', example: '2026-05-12T16:10:17.000Z' })
  created_at: string;
}
