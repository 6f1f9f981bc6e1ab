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

const ID_PARAM = {
  name: 'id',
  description: 'Webhook endpoint id',
  schema: { type: 'string' as const, format: 'uuid', example: '3b0d8a52-8a4c-4d55-9d8e-6f0a4c1b2e7d' },
};

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
  @ApiOperation({
    summary: "List the workspace's webhook endpoints, newest first (cursor pagination)",
    description: 'Endpoints of the workspace with their delivery health; pass next_cursor as ?cursor= for the next page. Secrets are not included.',
  })
  @ApiOkResponse({ type: WebhookListDto })
  @ApiErrorResponses(400)
  list(@CurrentWorkspace() workspaceId: string, @Query() query: ListWebhooksQueryDto): Promise<WebhookListDto> {
    return this.webhooks.list(workspaceId, query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Get a webhook endpoint',
    description: 'The endpoint with its delivery health over the last 24 hours; the secret is not included (see GET /v1/webhooks/{id}/secret).',
  })
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
  @ApiOperation({
    summary: 'Delete a webhook endpoint and its queue',
    description: 'The endpoint stops receiving at once; events waiting in its queue are dropped.',
  })
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
    description:
      'The previous secret keeps signing alongside the new one for grace_period_hours (default 24, at most 168). signature_algorithm switches between hmac-sha256 and ed25519 the same way.',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: WebhookSecretDto })
  @ApiErrorResponses(400, 404)
  rotateSecret(@CurrentWorkspace() workspaceId: string, @Param('id') id: string, @Body() dto: RotateSecretDto): Promise<WebhookSecretDto> {
    return this.webhooks.rotateSecret(workspaceId, id, dto.grace_period_hours, dto.signature_algorithm);
  }

  @Get(':id/secret')
  @ApiOperation({
    summary: 'Get the current signing secret (hmac-sha256) or public key (ed25519)',
    description:
      'The secret deliveries are signed with (for ed25519 endpoints the public key receivers verify with), and until when the previous one also signs (during a rotation).',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: WebhookSecretDto })
  @ApiErrorResponses(404)
  getSecret(@CurrentWorkspace() workspaceId: string, @Param('id') id: string): Promise<WebhookSecretDto> {
    return this.webhooks.getSecret(workspaceId, id);
  }
}
