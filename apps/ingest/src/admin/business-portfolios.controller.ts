import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { AdminTokenGuard } from '../auth/admin-token.guard';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { ApiUuidParam } from '../docs/api-uuid-param.decorator';
import { BusinessPortfolioService } from './business-portfolio.service';
import { BusinessPortfolioDto, LinkBusinessPortfolioDto } from './dto/business-portfolio.dto';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('Provisioning')
@ApiUuidParam('workspaceId', 'Workspace id')
@ApiSecurity('admin-token')
@ApiErrorResponses(400, 401, 404)
@UseGuards(AdminTokenGuard)
@Controller('admin/v1/workspaces/:workspaceId/business-portfolios')
export class BusinessPortfoliosController {
  constructor(private readonly portfolios: BusinessPortfolioService) {}

  @Post()
  @ApiOperation({
    summary: 'Link a business portfolio to the workspace: its partner webhooks are routed there (409 if another workspace has it)',
    description:
      'Partner webhooks (partner_solutions, account_update PARTNER_*) carry the business portfolio id as entry.id; once linked they are routed to this workspace. 409 when another workspace already has the portfolio.',
  })
  @ApiCreatedResponse({ type: BusinessPortfolioDto })
  @ApiErrorResponses(409)
  link(@Param('workspaceId', uuid) workspaceId: string, @Body() dto: LinkBusinessPortfolioDto) {
    return this.portfolios.link(workspaceId, dto.business_id);
  }

  @Get()
  @ApiOperation({
    summary: 'List linked business portfolios',
    description: 'Every business portfolio linked to the workspace, with the time of the link.',
  })
  @ApiOkResponse({ type: BusinessPortfolioDto, isArray: true })
  list(@Param('workspaceId', uuid) workspaceId: string) {
    return this.portfolios.list(workspaceId);
  }

  @Delete(':businessId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Unlink a business portfolio',
    description: 'Partner webhooks of this portfolio are no longer routed to the workspace; 404 when it is not linked.',
  })
  @ApiNoContentResponse()
  unlink(@Param('workspaceId', uuid) workspaceId: string, @Param('businessId') businessId: string) {
    return this.portfolios.unlink(workspaceId, businessId);
  }
}
