import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { MetricsModule } from '@app/common';
import { ConfigModule } from '@app/config';
import { secureHttpClientProvider } from '@app/delivery';
import { HealthController, MessagingModule, RetryTopology } from '@app/messaging';
import { PersistenceModule } from '@app/persistence';
import { EndpointConsumers } from './consumer/endpoint-consumers.service';
import { AttemptRecorder } from './delivery/attempt-recorder.service';
import { DeliveryPipeline } from './delivery/delivery-pipeline.service';
import { EndpointSecrets } from './delivery/endpoint-secrets.service';
import { WebhookDeliveryService } from './delivery/webhook-delivery.service';
import { EndpointHealthService } from './endpoints/endpoint-health.service';
import { DispatcherMetrics } from './metrics/dispatcher-metrics';

@Module({
  imports: [ConfigModule, PersistenceModule, MessagingModule, TerminusModule, MetricsModule],
  controllers: [HealthController],
  providers: [
    secureHttpClientProvider,
    DispatcherMetrics,
    RetryTopology,
    AttemptRecorder,
    EndpointSecrets,
    WebhookDeliveryService,
    EndpointHealthService,
    DeliveryPipeline,
    EndpointConsumers,
  ],
})
export class DispatcherModule {}
