import { Module } from '@nestjs/common';
import { RateLimitService } from './rate-limit.service';

/** The in-process token buckets (per API key, per address after failed logins, per endpoint for test sends). */
@Module({
  providers: [RateLimitService],
  exports: [RateLimitService],
})
export class RateLimitModule {}
