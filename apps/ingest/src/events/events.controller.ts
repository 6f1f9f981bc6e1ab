import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentWorkspace } from '../auth/current-workspace.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { EventEnvelopeDto } from './dto/event-envelope.dto';
import { EventLookupService } from './event-lookup.service';

@ApiTags('Events')
@ApiBearerAuth('api-key')
@ApiErrorResponses(401, 404, 429)
@UseGuards(ApiKeyGuard)
@Controller('v1/events')
export class EventsController {
  constructor(private readonly events: EventLookupService) {}

  @Get(':id')
  @ApiOperation({ summary: 'An event envelope as delivered' })
  @ApiOkResponse({ type: EventEnvelopeDto })
  get(@CurrentWorkspace() workspaceId: string, @Param('id') id: string) {
    return this.events.get(workspaceId, id);
  }
}
