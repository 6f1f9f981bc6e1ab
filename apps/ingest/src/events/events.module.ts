import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { EventLookupService } from './event-lookup.service';
import { EventsController } from './events.controller';

/** `GET /v1/events/{id}`: an event envelope as delivered. */
@Module({
  imports: [AuthModule],
  controllers: [EventsController],
  providers: [EventLookupService],
})
export class EventsModule {}
