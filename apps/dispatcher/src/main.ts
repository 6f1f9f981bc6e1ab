import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { JsonLogger } from '@app/common';
import { AppConfig, ConfigValidationError } from '@app/config';
import { DispatcherModule } from './dispatcher.module';

/** The delivery worker. Its only HTTP surface is health and metrics on DISPATCHER_PORT. */
async function bootstrap(): Promise<void> {
  const config = AppConfig.fromProcessEnv();
  const logger = new JsonLogger('dispatcher', config.logLevel);
  if (config.developmentWarning) logger.warn(config.developmentWarning, 'Config');
  const app = await NestFactory.create<NestFastifyApplication>(DispatcherModule, new FastifyAdapter(), { logger, bufferLogs: true });
  app.enableShutdownHooks();
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
