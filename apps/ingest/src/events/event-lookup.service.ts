import { Injectable } from '@nestjs/common';
import { DomainException } from '@app/common';
import { EventRepository } from '@app/persistence';

@Injectable()
export class EventLookupService {
  constructor(private readonly events: EventRepository) {}

  /** The envelope exactly as it was (or will be) delivered; only within the caller's workspace. */
  async get(workspaceId: string, id: string): Promise<Record<string, unknown>> {
    const event = await this.events.findForWorkspace(workspaceId, id);
    if (!event) throw DomainException.notFound('event');
    return event.envelope;
  }
}
