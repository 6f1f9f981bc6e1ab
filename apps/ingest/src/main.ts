import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { createValidationPipe, JsonLogger } from '@app/common';
import { AppConfig, ConfigValidationError } from '@app/config';
import { setupSwagger } from './docs/swagger';
import { IngestModule } from './ingest.module';
import { runCommand } from './cli/commands';

async function bootstrap(): Promise<void> {
  const config = AppConfig.fromProcessEnv();
  const command = process.argv[2];
  if (command) {
    await runCommand(command, config);
    return;
  }
  const logger = new JsonLogger('ingest', config.logLevel);
  if (config.developmentWarning) logger.warn(config.developmentWarning, 'Config');
  const app = await NestFactory.create<NestFastifyApplication>(
    IngestModule,
    new FastifyAdapter({ bodyLimit: config.metaBodyLimitBytes, trustProxy: true }),
    { rawBody: true, logger, bufferLogs: true },
  );
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setupSwagger(app);
  await app.listen(config.ingestPort, config.host);
  const base = config.publicBaseUrl;
  logger.log({ msg: 'ingest ready', settings: `${base}/settings/webhooks`, docs: `${base}/docs`, meta_callback: `${base}/meta/webhook` }, 'Bootstrap');
}

bootstrap().catch((err) => {
  if (err instanceof ConfigValidationError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`ingest failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});

