import { Module } from '@nestjs/common';
import { IngestPipelineModule } from '../ingest-pipeline/ingest-pipeline.module';
import { CatalogBootCheck } from './catalog-boot-check.service';
import { MetaIngestService } from './meta-ingest.service';
import { MetaRequestMetrics } from './meta-request-metrics.service';
import { MetaSignatureGuard } from './meta-signature.guard';
import { MetaVerificationService } from './meta-verification.service';
import { MetaWebhookController } from './meta-webhook.controller';

/** Meta's callback: the verify-token handshake, the signed POST, translation into events. */
@Module({
  imports: [IngestPipelineModule],
  controllers: [MetaWebhookController],
  providers: [CatalogBootCheck, MetaRequestMetrics, MetaIngestService, MetaSignatureGuard, MetaVerificationService],
})
export class MetaIngestionModule {}
