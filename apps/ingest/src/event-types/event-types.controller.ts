import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { EventTypeListDto } from './dto/event-type.dto';
import { EventTypesService } from './event-types.service';

@ApiTags('Event types')
@ApiBearerAuth('api-key')
@ApiErrorResponses(401, 429)
@UseGuards(ApiKeyGuard)
@Controller('v1/event-types')
export class EventTypesController {
  constructor(private readonly eventTypes: EventTypesService) {}

  @Get()
  @ApiOperation({
    summary: 'List every event type: name, category, description, JSON schema of data, example',
    description:
      "The catalog this deployment delivers, with the self-contained JSON Schema of each type's `data` and the wildcards accepted in a subscription.",
  })
  @ApiOkResponse({ type: EventTypeListDto })
  list(): EventTypeListDto {
    return this.eventTypes.list();
  }
}
