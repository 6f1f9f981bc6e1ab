import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentWorkspace } from '../auth/current-workspace.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { ApiUuidParam } from '../docs/api-uuid-param.decorator';
import { SendTestEventDto, TestEventResultDto } from './dto/test-event.dto';
import { TestEventService } from './test-event.service';
import { Idempotent } from '../idempotency/idempotent.decorator';

@ApiTags('Webhooks')
@ApiBearerAuth('api-key')
@ApiErrorResponses(400, 401, 404, 429)
@UseGuards(ApiKeyGuard)
@Controller('v1/webhooks')
export class TestEventsController {
  constructor(private readonly testEvents: TestEventService) {}

  @Post(':id/test')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send the catalog example of a type to this webhook now (marked test) and see what it answered',
    description:
      'Signs and POSTs the catalog example of the type to this endpoint once, with `test: true`, without retries, and answers what the endpoint answered.',
  })
  @ApiOkResponse({ type: TestEventResultDto })
  @ApiUuidParam('id', 'Webhook endpoint id')
  send(@CurrentWorkspace() workspaceId: string, @Param('id') id: string, @Body() dto: SendTestEventDto) {
    return this.testEvents.send(workspaceId, id, dto.type);
  }
}
