import { Module } from '@nestjs/common';
import { IngestBatcher } from './ingest-batcher.service';
import { IngestMetrics } from './ingest-metrics.service';
import { OutboxService } from './outbox.service';
import { PhoneNumberDirectory } from './phone-number-directory.service';
import { WabaOwnerCache } from './waba-owner-cache.service';

/** Durable ingest: routing to workspaces, the group commit, the phone-number directory and the outbox relay. */
@Module({
  providers: [IngestMetrics, IngestBatcher, OutboxService, WabaOwnerCache, PhoneNumberDirectory],
  exports: [IngestMetrics, IngestBatcher, OutboxService, WabaOwnerCache, PhoneNumberDirectory],
})
export class IngestPipelineModule {}
