import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentWorkspace } from '../auth/current-workspace.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import {
  CreateWebhookDto,
  ListWebhooksQueryDto,
  RotateSecretDto,
  UpdateWebhookDto,
  WebhookCreatedDto,
  WebhookDto,
  WebhookListDto,
  WebhookSecretDto,
} from './dto/webhook.dto';
import { WebhookEndpointService } from './webhook-endpoint.service';
import { Idempotent } from '../idempotency/idempotent.decorator';

const ID_PARAM = { name: 'id', description: 'Webhook endpoint id', example: '3b0d8a52-8a4c-4d55-9d8e-6f0a4c1b2e7d' };

@ApiTags('Webhooks')
@ApiBearerAuth('api-key')
@ApiErrorResponses(401, 429)
@UseGuards(ApiKeyGuard)
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhookEndpointService) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    summary: 'Create a webhook endpoint subscribed to chosen event types',
    description: 'The response carries the signing secret. Routing is in place when it returns.',
  })
  @ApiCreatedResponse({ type: WebhookCreatedDto })
  @ApiErrorResponses(400, 422, 503)
  create(@CurrentWorkspace() workspaceId: string, @Body() dto: CreateWebhookDto): Promise<WebhookCreatedDto> {
    return this.webhooks.create(workspaceId, dto);
  }

  @Get()
  @ApiOperation({ summary: "List the workspace's webhook endpoints, newest first (cursor pagination)" })
  @ApiOkResponse({ type: WebhookListDto })
  @ApiErrorResponses(400)
  list(@CurrentWorkspace() workspaceId: string, @Query() query: ListWebhooksQueryDto): Promise<WebhookListDto> {
    return this.webhooks.list(workspaceId, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a webhook endpoint' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: WebhookDto })
  @ApiErrorResponses(404)
  get(@CurrentWorkspace() workspaceId: string, @Param('id') id: string): Promise<WebhookDto> {
    return this.webhooks.get(workspaceId, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change a webhook endpoint (only the fields given)',
    description: 'Changes to events and enabled are routed before the response returns.',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: WebhookDto })
  @ApiErrorResponses(400, 404, 503)
  update(@CurrentWorkspace() workspaceId: string, @Param('id') id: string, @Body() dto: UpdateWebhookDto): Promise<WebhookDto> {
    return this.webhooks.update(workspaceId, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a webhook endpoint and its queue' })
  @ApiParam(ID_PARAM)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrorResponses(404, 503)
  remove(@CurrentWorkspace() workspaceId: string, @Param('id') id: string): Promise<void> {
    return this.webhooks.remove(workspaceId, id);
  }

  @Post(':id/rotate-secret')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Rotate the signing secret',
    description: 'The previous secret keeps signing alongside the new one for grace_period_hours (default 24, at most 168).',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: WebhookSecretDto })
  @ApiErrorResponses(400, 404)
  rotateSecret(@CurrentWorkspace() workspaceId: string, @Param('id') id: string, @Body() dto: RotateSecretDto): Promise<WebhookSecretDto> {
    return this.webhooks.rotateSecret(workspaceId, id, dto.grace_period_hours);
  }

  @Get(':id/secret')
  @ApiOperation({ summary: 'Get the current signing secret' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: WebhookSecretDto })
  @ApiErrorResponses(404)
  getSecret(@CurrentWorkspace() workspaceId: string, @Param('id') id: string): Promise<WebhookSecretDto> {
    return this.webhooks.getSecret(workspaceId, id);
  }
}
