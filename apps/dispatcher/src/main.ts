import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { JsonLogger } from '@app/common';
import { AppConfig, ConfigValidationError } from '@app/config';
import { DispatcherModule } from './dispatcher.module';
import { EndpointQueueServer } from './transport/endpoint-queue.server';

/**
 * The delivery worker: a Nest microservice whose transport consumes the endpoint queues, beside an HTTP
 * surface that serves only health and metrics on DISPATCHER_PORT.
 */
async function bootstrap(): Promise<void> {
  const config = AppConfig.fromProcessEnv();
  const logger = new JsonLogger('dispatcher', config.logLevel);
  if (config.developmentWarning) logger.warn(config.developmentWarning, 'Config');
  const app = await NestFactory.create<NestFastifyApplication>(DispatcherModule, new FastifyAdapter(), { logger, bufferLogs: true });
  app.enableShutdownHooks();
  app.connectMicroservice({ strategy: app.get(EndpointQueueServer) }, { inheritAppConfig: true });
  await app.startAllMicroservices();
  await app.listen(config.dispatcherPort, config.host);
  logger.log({ msg: 'dispatcher ready', health: `http://localhost:${config.dispatcherPort}/health/ready` }, 'Bootstrap');
}

bootstrap().catch((err) => {
  if (err instanceof ConfigValidationError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`dispatcher failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
