import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentWorkspace } from '../auth/current-workspace.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { EventLookupService } from './event-lookup.service';

@ApiTags('Events')
@ApiBearerAuth('api-key')
@ApiErrorResponses(401, 404, 429)
@UseGuards(ApiKeyGuard)
@Controller('v1/events')
export class EventsController {
  constructor(private readonly events: EventLookupService) {}

  @Get(':id')
  @ApiOperation({
    summary: 'An event envelope as delivered',
    description: 'The body that was (or will be) POSTed to your endpoints for this event, byte for byte the same JSON; 404 for an event of another workspace.',
  })
  @ApiParam({
    name: 'id',
    description: 'Event id (the webhook-id header of its deliveries)',
    schema: { type: 'string', maxLength: 200, example: 'evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw' },
  })
  // The union is added to the document by docs/openapi-contract.ts.
  @ApiOkResponse({ description: 'The delivered envelope, one of the WebhookEvent types', schema: { $ref: '#/components/schemas/WebhookEvent' } })
  get(@CurrentWorkspace() workspaceId: string, @Param('id') id: string) {
    return this.events.get(workspaceId, id);
  }
}
