import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { ApiUuidParam } from '../docs/api-uuid-param.decorator';
import { AdminTokenGuard } from '../auth/admin-token.guard';
import {
  ApiKeyDto,
  CreateWorkspaceDto,
  IssueApiKeyDto,
  IssuedApiKeyDto,
  LinkWhatsappAccountDto,
  WhatsappAccountDto,
  WorkspaceCreatedDto,
} from './dto/provisioning.dto';
import { ProvisioningService } from './provisioning.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('Provisioning')
@ApiSecurity('admin-token')
@ApiErrorResponses(400, 401, 404, 429)
@UseGuards(AdminTokenGuard)
@Controller('admin/v1/workspaces')
export class ProvisioningController {
  constructor(private readonly provisioning: ProvisioningService) {}

  @Post()
  @ApiOperation({
    summary: 'Create a workspace and its first API key',
    description: 'Creates an empty workspace and answers its first API key (`wk_…`), shown this once: only its hash is stored.',
  })
  @ApiCreatedResponse({ type: WorkspaceCreatedDto })
  create(@Body() dto: CreateWorkspaceDto) {
    return this.provisioning.createWorkspace(dto.name);
  }

  @Post(':workspaceId/api-keys')
  @ApiOperation({
    summary: 'Issue another API key for a workspace',
    description: 'Answers a new API key (`wk_…`), shown this once; earlier keys stay valid until revoked.',
  })
  @ApiCreatedResponse({ type: IssuedApiKeyDto })
  @ApiUuidParam('workspaceId', 'Workspace id')
  issueKey(@Param('workspaceId', uuid) workspaceId: string, @Body() dto: IssueApiKeyDto) {
    return this.provisioning.issueApiKey(workspaceId, dto.label);
  }

  @Get(':workspaceId/api-keys')
  @ApiOperation({
    summary: "List a workspace's API keys (prefixes only)",
    description: 'Every key of the workspace, revoked ones included, by prefix and label; the keys themselves are never shown again.',
  })
  @ApiOkResponse({ type: ApiKeyDto, isArray: true })
  @ApiUuidParam('workspaceId', 'Workspace id')
  listKeys(@Param('workspaceId', uuid) workspaceId: string) {
    return this.provisioning.listApiKeys(workspaceId);
  }

  @Delete(':workspaceId/api-keys/:keyId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Revoke an API key',
    description: 'The key stops authenticating at once; the workspace and its other keys are untouched.',
  })
  @ApiNoContentResponse()
  @ApiUuidParam('workspaceId', 'Workspace id')
  @ApiUuidParam('keyId', 'API key id')
  revokeKey(@Param('workspaceId', uuid) workspaceId: string, @Param('keyId', uuid) keyId: string) {
    return this.provisioning.revokeApiKey(workspaceId, keyId);
  }

  @Post(':workspaceId/whatsapp-accounts')
  @ApiOperation({
    summary: 'Link a WhatsApp Business Account to the workspace',
    description:
      'Meta webhooks whose entry.id is this WABA are routed to the workspace; its phone numbers may be given to route events that name a number only by its display form.',
  })
  @ApiCreatedResponse({ type: WhatsappAccountDto })
  @ApiUuidParam('workspaceId', 'Workspace id')
  link(@Param('workspaceId', uuid) workspaceId: string, @Body() dto: LinkWhatsappAccountDto) {
    return this.provisioning.linkWhatsappAccount(workspaceId, dto.waba_id, dto.phone_numbers);
  }

  @Get(':workspaceId/whatsapp-accounts')
  @ApiOperation({
    summary: 'List linked WhatsApp Business Accounts',
    description: 'Every WABA linked to the workspace, with the phone numbers known for it.',
  })
  @ApiOkResponse({ type: WhatsappAccountDto, isArray: true })
  @ApiUuidParam('workspaceId', 'Workspace id')
  listAccounts(@Param('workspaceId', uuid) workspaceId: string) {
    return this.provisioning.listWhatsappAccounts(workspaceId);
  }

  @Delete(':workspaceId/whatsapp-accounts/:wabaId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Unlink a WhatsApp Business Account',
    description: 'Webhooks of this WABA are no longer routed to the workspace; 404 when it is not linked.',
  })
  @ApiNoContentResponse()
  @ApiUuidParam('workspaceId', 'Workspace id')
  unlink(@Param('workspaceId', uuid) workspaceId: string, @Param('wabaId') wabaId: string) {
    return this.provisioning.unlinkWhatsappAccount(workspaceId, wabaId);
  }
}
