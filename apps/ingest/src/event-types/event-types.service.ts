import { Injectable } from '@nestjs/common';
import { EVENT_CATALOG, EVENT_TYPE_NAMES } from '@app/events';
import { validEventPatterns } from '../webhooks/webhook-input.validator';
import { EventTypeListDto } from './dto/event-type.dto';
import { EventSchemaRegistry } from './event-schema.registry';

/** The public event catalog with each type's data schema, as published in the OpenAPI document. */
@Injectable()
export class EventTypesService {
  constructor(private readonly schemas: EventSchemaRegistry) {}

  list(): EventTypeListDto {
    return {
      data: EVENT_CATALOG.map((def) => ({
        name: def.type,
        category: def.category,
        description: def.description,
        schema_name: def.payload.name,
        schema: this.schemas.schemaFor(def.payload.name) ?? { type: 'object' },
        example: def.example,
      })),
      wildcards: validEventPatterns().filter((p) => !EVENT_TYPE_NAMES.includes(p)),
    };
  }
}
