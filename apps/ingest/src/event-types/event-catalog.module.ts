import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { EventSchemaRegistry } from './event-schema.registry';
import { EventTypesController } from './event-types.controller';
import { EventTypesService } from './event-types.service';

/** `GET /v1/event-types`: the catalog with the JSON Schema of each payload, as the docs publish it. */
@Module({
  imports: [AuthModule],
  controllers: [EventTypesController],
  providers: [EventTypesService, EventSchemaRegistry],
  exports: [EventSchemaRegistry],
})
export class EventCatalogModule {}
