import { Injectable } from '@nestjs/common';
import { UnhandledChangeRepository } from '@app/persistence';
import { ListUnhandledChangesQueryDto, UnhandledChangePageDto } from './dto/unhandled-change.dto';

const DEFAULT_LIMIT = 50;

@Injectable()
export class UnhandledChangesService {
  constructor(private readonly repository: UnhandledChangeRepository) {}

  async list(query: ListUnhandledChangesQueryDto): Promise<UnhandledChangePageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await this.repository.listRecent(limit + 1, query.cursor, query.reason);
    const page = rows.slice(0, limit);
    return {
      data: page.map((r) => ({
        id: String(r.id),
        received_at: r.receivedAt.toISOString(),
        reason: r.reason,
        object: r.object,
        waba_id: r.wabaId,
        field: r.field,
        value: r.value,
        path: r.path,
        error: r.error,
      })),
      next_cursor: rows.length > limit ? String(page[page.length - 1].id) : null,
    };
  }
}
