import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IngestPipelineModule } from '../ingest-pipeline/ingest-pipeline.module';
import { WebhookHealthReportService } from './webhook-health-report.service';
import { EndpointRoutingSaga } from './endpoint-routing.saga';
import { WebhookEndpointService } from './webhook-endpoint.service';
import { WebhookOperationalEvents } from './webhook-operational-events.service';
import { WebhooksController } from './webhooks.controller';

/** `/v1/webhooks`: a workspace's endpoints, their secrets, routing and health. */
@Module({
  imports: [AuthModule, IngestPipelineModule],
  controllers: [WebhooksController],
  providers: [WebhookEndpointService, EndpointRoutingSaga, WebhookHealthReportService, WebhookOperationalEvents],
})
export class WebhooksModule {}
