import { Module } from '@nestjs/common';
import { RetentionService } from './retention.service';

/** Keeps day partitions of the history ahead and drops them past RETENTION_DAYS; deletes the rest in small batches. */
@Module({
  providers: [RetentionService],
})
export class RetentionModule {}
