import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { ReadinessChecks } from './readiness-checks';

/**
 * `/health/live` and `/health/ready` for either app (the readiness checks come from the global MessagingModule
 * and TypeORM, plus any the importing app adds to ReadinessChecks).
 */
@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [ReadinessChecks],
  exports: [ReadinessChecks],
})
export class HealthModule {}
