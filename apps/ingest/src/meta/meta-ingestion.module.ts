import { Module } from '@nestjs/common';
import { HttpEdgeModule } from '../http-edge/http-edge.module';
import { IngestPipelineModule } from '../ingest-pipeline/ingest-pipeline.module';
import { CatalogBootCheck } from './catalog-boot-check.service';
import { MetaDirectRoute } from './meta-direct-route.service';
import { MetaIngestService } from './meta-ingest.service';
import { MetaRequestMetrics } from './meta-request-metrics.service';
import { MetaSignatureGuard } from './meta-signature.guard';
import { MetaVerificationService } from './meta-verification.service';
import { MetaWebhookController } from './meta-webhook.controller';

/** Meta's callback: the verify-token handshake, the signed POST, translation into events. */
@Module({
  imports: [IngestPipelineModule, HttpEdgeModule],
  controllers: [MetaWebhookController],
  providers: [CatalogBootCheck, MetaDirectRoute, MetaRequestMetrics, MetaIngestService, MetaSignatureGuard, MetaVerificationService],
})
export class MetaIngestionModule {}
