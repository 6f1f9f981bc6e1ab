import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class LinkBusinessPortfolioDto {
  @ApiProperty({
    description: 'Meta business portfolio id: entry.id of partner webhooks (partner_solutions, account_update PARTNER_*)',
    example: '506914307656634',
  })
  @IsString()
  @Matches(/^\d{5,32}$/, { message: 'business_id must be the numeric business portfolio id' })
  business_id: string;
}

export class BusinessPortfolioDto {
  @ApiProperty({ description: 'Business portfolio id', example: '506914307656634' })
  business_id: string;

  @ApiProperty({ description: 'Workspace that receives the portfolio’s partner events', format: 'uuid', example: '5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11' })
  workspace_id: string;

  @ApiProperty({ description: 'When the link was made', format: 'date-time', example: '2026-05-12T16:10:17.000Z' })
  created_at: string;
}
