import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentWorkspace } from '../auth/current-workspace.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { CurrentWorkspaceDto } from './dto/workspace.dto';
import { WorkspaceService } from './workspace.service';

@ApiTags('Workspace')
@ApiBearerAuth('api-key')
@ApiErrorResponses(401, 429)
@UseGuards(ApiKeyGuard)
@Controller('v1/workspace')
export class WorkspaceController {
  constructor(private readonly workspace: WorkspaceService) {}

  @Get()
  @ApiOperation({
    summary: 'The workspace this API key belongs to',
    description: "Id, name and linked WhatsApp Business Accounts of the API key's workspace.",
  })
  @ApiOkResponse({ type: CurrentWorkspaceDto })
  get(@CurrentWorkspace() workspaceId: string) {
    return this.workspace.describe(workspaceId);
  }
}
