import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AmqpConnectionService } from './amqp-connection.service';

@Injectable()
export class AmqpHealthIndicator {
  constructor(
    private readonly amqp: AmqpConnectionService,
    private readonly indicator: HealthIndicatorService,
  ) {}

  check(key: string) {
    const status = this.indicator.check(key);
    return this.amqp.isConnected ? status.up() : status.down({ message: 'not connected to RabbitMQ' });
  }
}
