import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { AdminTokenGuard } from '../auth/admin-token.guard';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { ListUnhandledChangesQueryDto, UnhandledChangePageDto } from './dto/unhandled-change.dto';
import { UnhandledChangesService } from './unhandled-changes.service';

/** Operators: Meta changes acknowledged but not turned into events, newest first. */
@ApiTags('Operations')
@ApiSecurity('admin-token')
@ApiErrorResponses(400, 401, 429)
@UseGuards(AdminTokenGuard)
@Controller('admin/v1/unhandled-changes')
export class UnhandledChangesController {
  constructor(private readonly unhandled: UnhandledChangesService) {}

  @Get()
  @ApiOperation({
    summary:
      'List recent unhandled Meta changes and items (unknown WABA or business portfolio, unknown field, unreadable value or item, too deep, unknown object)',
    description: 'Meta changes no translator or workspace took are kept for the operator, newest first, with the reason; cursor pagination.',
  })
  @ApiOkResponse({ type: UnhandledChangePageDto })
  list(@Query() query: ListUnhandledChangesQueryDto) {
    return this.unhandled.list(query);
  }
}
