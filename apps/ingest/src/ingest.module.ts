import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ApiExceptionFilter, MetricsModule } from '@app/common';
import { ConfigModule } from '@app/config';
import { secureHttpClientProvider } from '@app/delivery';
import { HealthController, MessagingModule } from '@app/messaging';
import { PersistenceModule } from '@app/persistence';
import { ProvisioningController } from './admin/provisioning.controller';
import { ProvisioningService } from './admin/provisioning.service';
import { AdminTokenGuard } from './auth/admin-token.guard';
import { ApiKeyGuard } from './auth/api-key.guard';
import { RequestAuthenticator } from './auth/request-authenticator.service';
import { HttpEdge } from './http-edge/http-edge.service';
import { RateLimitService } from './rate-limit/rate-limit.service';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { DeliveryLogService } from './deliveries/delivery-log.service';
import { EventLookupService } from './events/event-lookup.service';
import { EventsController } from './events/events.controller';
import { EventSchemaRegistry } from './event-types/event-schema.registry';
import { EventTypesController } from './event-types/event-types.controller';
import { EventTypesService } from './event-types/event-types.service';
import { IngestBatcher } from './ingest-pipeline/ingest-batcher.service';
import { IngestMetrics } from './ingest-pipeline/ingest-metrics.service';
import { OutboxService } from './ingest-pipeline/outbox.service';
import { CatalogBootCheck } from './meta/catalog-boot-check.service';
import { MetaIngestService } from './meta/meta-ingest.service';
import { MetaRequestMetrics } from './meta/meta-request-metrics.service';
import { MetaSignatureGuard } from './meta/meta-signature.guard';
import { MetaVerificationService } from './meta/meta-verification.service';
import { MetaWebhookController } from './meta/meta-webhook.controller';
import { RetentionService } from './retention/retention.service';
import { SettingsPageModule } from './settings/settings-page.module';
import { TestEventService } from './test-events/test-event.service';
import { TestEventsController } from './test-events/test-events.controller';
import { UnhandledChangesController } from './unhandled/unhandled-changes.controller';
import { UnhandledChangesService } from './unhandled/unhandled-changes.service';
import { EndpointHealthService } from './webhooks/endpoint-health.service';
import { WorkspaceController } from './workspace/workspace.controller';
import { WorkspaceService } from './workspace/workspace.service';
import { WabaOwnerCache } from './ingest-pipeline/waba-owner-cache.service';
import { WebhookEndpointService } from './webhooks/webhook-endpoint.service';
import { WebhooksController } from './webhooks/webhooks.controller';

@Module({
  imports: [ConfigModule, PersistenceModule, MessagingModule, TerminusModule, MetricsModule, SettingsPageModule],
  controllers: [MetaWebhookController, ProvisioningController, WebhooksController, EventTypesController, HealthController, DeliveriesController, EventsController, TestEventsController, WorkspaceController, UnhandledChangesController],
  providers: [
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
    CatalogBootCheck,
    IngestMetrics,
    IngestBatcher,
    OutboxService,
    MetaRequestMetrics,
    UnhandledChangesService,
    MetaIngestService,
    MetaSignatureGuard,
    MetaVerificationService,
    ProvisioningService,
    AdminTokenGuard,
    ApiKeyGuard,
    RequestAuthenticator,
    RateLimitService,
    HttpEdge,
    WebhookEndpointService,
    EndpointHealthService,
    WorkspaceService,
    WabaOwnerCache,
    EventTypesService,
    EventSchemaRegistry,
    DeliveryLogService,
    EventLookupService,
    RetentionService,
    TestEventService,
    secureHttpClientProvider,
  ],
})
export class IngestModule {}
