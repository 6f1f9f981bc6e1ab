import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApiExceptionFilter, MetricsModule } from '@app/common';
import { ConfigModule } from '@app/config';
import { HealthModule, MessagingModule } from '@app/messaging';
import { PersistenceModule } from '@app/persistence';
import { ProvisioningModule } from './admin/provisioning.module';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { DeliverySweepModule } from './delivery-sweep/delivery-sweep.module';
import { EventCatalogModule } from './event-types/event-catalog.module';
import { EventsModule } from './events/events.module';
import { HttpEdgeModule } from './http-edge/http-edge.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { MetaIngestionModule } from './meta/meta-ingestion.module';
import { PortalModule } from './portal/portal.module';
import { RetentionModule } from './retention/retention.module';
import { SettingsPageModule } from './settings/settings-page.module';
import { TestEventsModule } from './test-events/test-events.module';
import { UnhandledChangesModule } from './unhandled/unhandled-changes.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { WorkspaceModule } from './workspace/workspace.module';

/**
 * The ingest app: only composes its feature modules over the shared infrastructure (configuration,
 * database, broker, metrics, health). Each feature module owns its controllers and services.
 */
@Module({
  imports: [
    // infrastructure (global)
    ConfigModule,
    PersistenceModule,
    MessagingModule,
    MetricsModule,
    HealthModule,
    // features
    HttpEdgeModule,
    IdempotencyModule,
    MetaIngestionModule,
    ProvisioningModule,
    UnhandledChangesModule,
    WebhooksModule,
    TestEventsModule,
    DeliveriesModule,
    EventsModule,
    EventCatalogModule,
    WorkspaceModule,
    RetentionModule,
    DeliverySweepModule,
    SettingsPageModule,
    PortalModule,
  ],
  // One error shape for every route of every feature.
  providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
})
export class IngestModule {}
