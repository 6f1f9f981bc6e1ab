import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AmqpHealthIndicator } from './amqp-health.indicator';
import { AmqpConnectionService } from './amqp-connection.service';
import { ControlChannel } from './control-channel.service';
import { EndpointRequeuePublisher } from './endpoint-requeue.publisher';
import { EndpointTopology } from './endpoint-topology.service';
import { EventPublisher } from './event-publisher.service';

@Global()
@Module({
  imports: [TerminusModule],
  providers: [AmqpConnectionService, EventPublisher, EndpointTopology, AmqpHealthIndicator, ControlChannel, EndpointRequeuePublisher],
  exports: [AmqpConnectionService, EventPublisher, EndpointTopology, AmqpHealthIndicator, ControlChannel, EndpointRequeuePublisher],
})
export class MessagingModule {}
