import { Module } from '@nestjs/common';
import { RetentionService } from './retention.service';

/** Removes events, deliveries and attempts older than RETENTION_DAYS, in small batches. */
@Module({
  providers: [RetentionService],
})
export class RetentionModule {}
