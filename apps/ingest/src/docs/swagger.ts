import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '@app/config';
import { EVENT_CATALOG } from '@app/events';
import { EventSchemaRegistry } from '../event-types/event-schema.registry';
import { addEventSchemas, API_TAGS, closeRequestSchemas, markOptionalBodies, webhooksSection } from './openapi-contract';

/** Builds the OpenAPI document: routes from the controllers, then what Nest cannot infer (see openapi-contract.ts). */
export function buildOpenApiDocument(app: INestApplication, serverUrl: string): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('WhatsApp webhooks')
    .setDescription(
      'Register webhook endpoints for a workspace, each subscribed to chosen WhatsApp event types. ' +
        'Deliveries are signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). ' +
        'Every event type is listed under `x-webhooks`; the body of each delivery is described by the `WebhookEvent` schema ' +
        '(one `<Type>Event` schema per event type, discriminated by `type`). ' +
        'Request bodies refuse unknown properties and `null`: omit a field to leave it unset. ' +
        'Errors always have the shape { status, code, message, details: [{ field, reason }] }.',
    )
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer(serverUrl, 'This deployment (PUBLIC_BASE_URL)')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'wk_…',
        description:
          'Workspace API key: an opaque string starting with `wk_` (not a JWT), issued by the provisioning API and shown once. ' +
          'Send it as `Authorization: Bearer wk_…`.',
      },
      'api-key',
    )
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'x-admin-token', description: 'Operator token for /admin/v1: the ADMIN_TOKEN of this deployment.' },
      'admin-token',
    );
  for (const tag of API_TAGS) builder.addTag(tag.name, tag.description);
  const document = SwaggerModule.createDocument(app, builder.build(), { extraModels: EVENT_CATALOG.map((d) => d.payload) });
  addEventSchemas(((document.components ??= {}).schemas ??= {}));
  closeRequestSchemas(document);
  markOptionalBodies(document);
  (document as OpenAPIObject & { 'x-webhooks': unknown })['x-webhooks'] = webhooksSection();
  return document;
}

/**
 * Serves the OpenAPI document at /docs-json with the Swagger UI at /docs. Every event payload class
 * is a component schema, plus one envelope schema per event type and a WebhookEvent union
 * discriminated by `type`, so customers can generate types for what they receive.
 */
export function setupSwagger(app: INestApplication): OpenAPIObject {
  const document = buildOpenApiDocument(app, app.get(AppConfig).publicBaseUrl);
  app.get(EventSchemaRegistry).register(document.components?.schemas ?? {});
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs-json',
    // No call to the public validator service: the CSP below allows this origin only.
    swaggerOptions: { validatorUrl: null },
  });
  applyDocsSecurityHeaders(app);
  return document;
}

/**
 * Like the settings page, the docs load nothing from elsewhere and cannot be framed. Swagger UI's
 * scripts are files of this origin; its HTML carries inline <style> blocks and style attributes,
 * hence 'unsafe-inline' for styles only (no inline script is allowed).
 */
export const DOCS_PAGE_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function applyDocsSecurityHeaders(app: INestApplication): void {
  const fastify = app.getHttpAdapter().getInstance() as {
    addHook(name: 'onRequest', hook: (req: { url: string }, reply: { headers(h: Record<string, string>): unknown }, done: () => void) => void): void;
  };
  fastify.addHook('onRequest', (req, reply, done) => {
    if (req.url === '/docs' || req.url.startsWith('/docs/') || req.url.startsWith('/docs?') || req.url.startsWith('/docs-json')) reply.headers(DOCS_PAGE_HEADERS);
    done();
  });
}
