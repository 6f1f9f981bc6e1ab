import { Module } from '@nestjs/common';
import { MetricsModule } from '@app/common';
import { ConfigModule } from '@app/config';
import { secureHttpClientProvider } from '@app/delivery';
import { HealthModule, MessagingModule, RetryTopology } from '@app/messaging';
import { PersistenceModule } from '@app/persistence';
import { AttemptRecorder } from './delivery/attempt-recorder.service';
import { DeliveryController } from './delivery/delivery.controller';
import { DeliveryPipeline } from './delivery/delivery-pipeline.service';
import { EndpointSecrets } from './delivery/endpoint-secrets.service';
import { WebhookDeliveryService } from './delivery/webhook-delivery.service';
import { EndpointHealthService } from './endpoints/endpoint-health.service';
import { OperationalEvents } from './endpoints/operational-events.service';
import { DispatcherMetrics } from './metrics/dispatcher-metrics';
import { EndpointQueueServer } from './transport/endpoint-queue.server';
import { EndpointReconciler } from './transport/endpoint-reconciler.service';
import { MembershipReadiness } from './transport/membership-readiness';
import { ReplicaMembership } from './transport/replica-membership.service';

@Module({
  imports: [ConfigModule, PersistenceModule, MessagingModule, MetricsModule, HealthModule],
  // Health and metrics are the only HTTP surface; DeliveryController handles the endpoint queues' jobs.
  controllers: [DeliveryController],
  providers: [
    secureHttpClientProvider,
    DispatcherMetrics,
    RetryTopology,
    AttemptRecorder,
    EndpointSecrets,
    WebhookDeliveryService,
    OperationalEvents,
    EndpointHealthService,
    DeliveryPipeline,
    ReplicaMembership,
    MembershipReadiness,
    EndpointReconciler,
    EndpointQueueServer,
  ],
})
export class DispatcherModule {}
