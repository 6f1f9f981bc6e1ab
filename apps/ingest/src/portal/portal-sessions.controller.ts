import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { AdminTokenGuard } from '../auth/admin-token.guard';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { CreatedPortalSessionDto, CreatePortalSessionDto, PortalSessionDto } from './dto/portal-session.dto';
import { PortalSessionService } from './portal-session.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('Provisioning')
@ApiSecurity('admin-token')
@ApiErrorResponses(400, 401, 404, 429)
@UseGuards(AdminTokenGuard)
@Controller('admin/v1/workspaces/:workspaceId/portal-sessions')
export class PortalSessionsController {
  constructor(private readonly sessions: PortalSessionService) {}

  @Post()
  @ApiOperation({
    summary: 'Open the settings page for a workspace without an API key',
    description:
      'Returns a short-lived URL of the settings page, signed in to this workspace (token in the URL fragment). Embed it in an iframe of your own pages (allowed by PORTAL_FRAME_ANCESTORS) or open it in a new tab.',
  })
  @ApiCreatedResponse({ type: CreatedPortalSessionDto })
  create(@Param('workspaceId', uuid) workspaceId: string, @Body() dto: CreatePortalSessionDto) {
    return this.sessions.create(workspaceId, { expiresInSeconds: dto.expires_in_seconds, readOnly: dto.read_only });
  }

  @Get()
  @ApiOperation({
    summary: "List a workspace's settings-page sign-ins (newest 100, prefixes only)",
    description: 'Each sign-in with its token prefix, expiry, read-only flag and revocation time; the tokens themselves are never shown again.',
  })
  @ApiOkResponse({ type: PortalSessionDto, isArray: true })
  list(@Param('workspaceId', uuid) workspaceId: string) {
    return this.sessions.list(workspaceId);
  }

  @Delete(':sessionId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Revoke a settings-page sign-in: its URL and the page it opened stop working at once',
    description: 'The next request of a page signed in with it answers 401. Unknown, already revoked or another workspace’s sign-in: 404.',
  })
  @ApiNoContentResponse()
  revoke(@Param('workspaceId', uuid) workspaceId: string, @Param('sessionId', uuid) sessionId: string) {
    return this.sessions.revoke(workspaceId, sessionId);
  }
}
