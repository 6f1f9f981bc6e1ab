import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentWorkspace } from '../auth/current-workspace.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { ApiUuidParam } from '../docs/api-uuid-param.decorator';
import { DeliveryPageDto, ListDeliveriesQueryDto, RecoverDto, RecoverResultDto, RetryResultDto } from './dto/delivery-log.dto';
import { DeliveryLogService } from './delivery-log.service';
import { Idempotent } from '../idempotency/idempotent.decorator';

@ApiTags('Deliveries')
@ApiBearerAuth('api-key')
@ApiErrorResponses(400, 401, 404, 409, 503, 429)
@UseGuards(ApiKeyGuard)
@Controller('v1')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveryLogService) {}

  @Get('webhooks/:id/deliveries')
  @ApiOperation({
    summary: "A webhook's delivery log, newest first, with every attempt",
    description:
      'One entry per event sent to this endpoint, with its state and every attempt (status code, duration, error), filtered by state, event type and time; cursor pagination.',
  })
  @ApiOkResponse({ type: DeliveryPageDto })
  @ApiUuidParam('id', 'Webhook endpoint id')
  list(@CurrentWorkspace() workspaceId: string, @Param('id') id: string, @Query() query: ListDeliveriesQueryDto) {
    return this.deliveries.list(workspaceId, id, query);
  }

  @Post('webhooks/:id/recover')
  @Idempotent()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Re-send failed deliveries (and events missed while disabled) in a time window',
    description: 'Safe to call twice: a delivery already re-queued by a call is not sent again by the next one.',
  })
  @ApiAcceptedResponse({ type: RecoverResultDto })
  @ApiUuidParam('id', 'Webhook endpoint id')
  recover(@CurrentWorkspace() workspaceId: string, @Param('id') id: string, @Body() dto: RecoverDto) {
    return this.deliveries.recover(workspaceId, id, dto);
  }

  @Post('deliveries/:id/retry')
  @Idempotent()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send this event to this webhook again now (same webhook-id, a new attempt)',
    description: 'Queues one more attempt of this delivery, whatever its state; the body and webhook-id are those of the first attempt.',
  })
  @ApiAcceptedResponse({ type: RetryResultDto })
  retry(@CurrentWorkspace() workspaceId: string, @Param('id') id: string) {
    return this.deliveries.retry(workspaceId, id);
  }
}
