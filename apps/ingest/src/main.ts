import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { createValidationPipe, JsonLogger } from '@app/common';
import { AppConfig, ConfigValidationError } from '@app/config';
import { setupSwagger } from './docs/swagger';
import { HttpEdge } from './http-edge/http-edge.service';
import { API_BODY_LIMIT_BYTES } from './http-edge/route-edge';
import { IngestModule } from './ingest.module';
import { MetaDirectRoute } from './meta/meta-direct-route.service';
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
    new FastifyAdapter({ bodyLimit: API_BODY_LIMIT_BYTES, trustProxy: config.trustProxy }),
    // HttpEdge owns body parsing: authentication comes before it, and Meta's bytes are verified before parsing.
    { bodyParser: false, logger, bufferLogs: true },
  );
  // Before any route exists (Swagger's and Nest's): routes get their body limit as they are registered.
  app.get(HttpEdge).install(app.getHttpAdapter().getInstance());
  // Meta's ordinary POSTs are served before Fastify sees them (same answers, half the CPU); the rest go on to it.
  app.get(MetaDirectRoute).install(app.getHttpServer());
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
