import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { MetricsModule } from '@app/common';
import { ConfigModule } from '@app/config';
import { MessagingModule } from '@app/messaging';
import { PersistenceModule } from '@app/persistence';
import { EndpointConsumers } from './consumer/endpoint-consumers.service';
import { AttemptRecorder } from './delivery/attempt-recorder.service';
import { WebhookDeliveryService } from './delivery/webhook-delivery.service';
import { HealthController } from './health/health.controller';

@Module({
  imports: [ConfigModule, PersistenceModule, MessagingModule, TerminusModule, MetricsModule],
  controllers: [HealthController],
  providers: [AttemptRecorder, WebhookDeliveryService, EndpointConsumers],
})
export class DispatcherModule {}
