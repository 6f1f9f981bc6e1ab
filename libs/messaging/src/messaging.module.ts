import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AmqpHealthIndicator } from './amqp-health.indicator';
import { AmqpConnectionService } from './amqp-connection.service';
import { ControlChannel } from './control-channel.service';
import { EndpointTopology } from './endpoint-topology.service';
import { EventPublisher } from './event-publisher.service';

@Global()
@Module({
  imports: [TerminusModule],
  providers: [AmqpConnectionService, EventPublisher, EndpointTopology, AmqpHealthIndicator, ControlChannel],
  exports: [AmqpConnectionService, EventPublisher, EndpointTopology, AmqpHealthIndicator, ControlChannel],
})
export class MessagingModule {}
