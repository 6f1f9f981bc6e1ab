import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentWorkspace } from '../auth/current-workspace.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { CreateWebhookDto, WebhookCreatedDto } from './dto/create-webhook.dto';
import { WebhookEndpointService } from './webhook-endpoint.service';

@ApiTags('Webhooks')
@ApiBearerAuth('api-key')
@ApiErrorResponses(400, 401)
@UseGuards(ApiKeyGuard)
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhookEndpointService) {}

  @Post()
  @ApiOperation({ summary: 'Create a webhook endpoint subscribed to chosen event types' })
  @ApiCreatedResponse({ type: WebhookCreatedDto })
  create(@CurrentWorkspace() workspaceId: string, @Body() dto: CreateWebhookDto) {
    return this.webhooks.create(workspaceId, dto);
  }
}
