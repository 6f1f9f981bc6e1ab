import { Controller, Get, Global, Header, Module, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppConfig } from '@app/config';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { MetricsAccessGuard } from './metrics-access';
import { MetricsServer } from './metrics-server.service';

/** The process's Prometheus registry; inject it and create metrics with `registers: [registry]`. */
export class MetricsRegistry extends Registry {}

@ApiExcludeController()
@UseGuards(MetricsAccessGuard)
@Controller('metrics')
export class MetricsController {
  constructor(private readonly registry: MetricsRegistry) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}

@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    MetricsAccessGuard,
    { provide: MetricsServer, inject: [AppConfig, MetricsRegistry], useFactory: (c: AppConfig, r: MetricsRegistry) => new MetricsServer(c, r) },
    {
      provide: MetricsRegistry,
      useFactory: () => {
        const registry = new MetricsRegistry();
        collectDefaultMetrics({ register: registry });
        return registry;
      },
    },
  ],
  exports: [MetricsRegistry],
})
export class MetricsModule {}
