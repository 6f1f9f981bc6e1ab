export * from './amqp-health.indicator';
export * from './amqp-connection.service';
export * from './amqp-names';
export * from './endpoint-topology.service';
export * from './event-publisher.service';
export * from './messaging.module';
export * from './control-channel.service';
export * from './endpoint-requeue.publisher';
