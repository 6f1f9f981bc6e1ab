import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** data of `partner_solution.updated`. */
export class PartnerSolutionUpdatedPayload {
  @ApiPropertyOptional({ description: 'SOLUTION_CREATED, SOLUTION_UPDATED, ...', example: 'SOLUTION_CREATED' })
  event?: string;

  @ApiProperty({ description: 'Multi-Partner Solution id.', example: '1220406039151413' })
  solution_id: string;

  @ApiPropertyOptional({ description: 'DRAFT, INITIATED, ACTIVE, REJECTED, PENDING_DEACTIVATION, DEACTIVATED.', example: 'ACTIVE' })
  solution_status?: string;
}
