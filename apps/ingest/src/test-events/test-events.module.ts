import { Module } from '@nestjs/common';
import { secureHttpClientProvider } from '@app/delivery';
import { AuthModule } from '../auth/auth.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { TestEventService } from './test-event.service';
import { TestEventsController } from './test-events.controller';

/** `POST /v1/webhooks/{id}/test`: a catalog example sent like production, answered with the outcome. */
@Module({
  imports: [AuthModule, RateLimitModule],
  controllers: [TestEventsController],
  providers: [TestEventService, secureHttpClientProvider],
})
export class TestEventsModule {}
