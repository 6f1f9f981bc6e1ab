import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { AmqpHealthIndicator } from './amqp-health.indicator';
import { ReadinessCheck, ReadinessChecks } from './readiness-checks';

/** `/health/live` and `/health/ready` of both apps (PostgreSQL and RabbitMQ are what they depend on). */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly amqp: AmqpHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    private readonly own: ReadinessChecks,
  ) {}

  /** The process is up (for restarts). */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** PostgreSQL and RabbitMQ answer, and the app's own checks pass (for load balancers). */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: 1500 }),
      () => this.amqp.check('rabbitmq'),
      ...this.own.all.map((c) => () => this.result(c)),
    ]);
  }

  private result(check: ReadinessCheck) {
    const status = this.indicator.check(check.key);
    const problem = check.problem();
    return problem === null ? status.up() : status.down({ message: problem });
  }
}
