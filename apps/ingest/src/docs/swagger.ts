import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Serves the OpenAPI document at /docs-json and the Swagger UI at /docs. */
export function setupSwagger(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('WhatsApp webhooks')
    .setDescription(
      'Register webhook endpoints for a workspace, each subscribed to chosen WhatsApp event types. ' +
        'Deliveries are signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature).',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Workspace API key' }, 'api-key')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'x-admin-token', description: 'ADMIN_TOKEN' }, 'admin-token')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
