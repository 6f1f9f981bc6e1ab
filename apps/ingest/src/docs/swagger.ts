import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { EVENT_CATALOG, EventTypeDefinition } from '@app/events';
import { EventSchemaRegistry } from '../event-types/event-schema.registry';

type SchemaMap = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>;

/** "template.status_updated" → "TemplateStatusUpdatedEvent". */
export function eventSchemaName(type: string): string {
  return type.split(/[._]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('') + 'Event';
}

/** The delivered envelope of one event type, with `data` typed by its payload class. */
function envelopeSchema(def: EventTypeDefinition): SchemaMap[string] {
  return {
    type: 'object',
    description: `Body POSTed to your endpoint for \`${def.type}\`: ${def.description}`,
    required: ['id', 'type', 'created_at', 'workspace_id', 'waba_id', 'phone_number_id', 'data', 'raw'],
    properties: {
      id: { type: 'string', description: 'Event id, stable across retries; also the webhook-id header', example: 'evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw' },
      type: { type: 'string', enum: [def.type], example: def.type },
      created_at: { type: 'string', format: 'date-time', example: '2026-05-12T16:10:17Z' },
      timestamp: { type: 'string', format: 'date-time', description: 'Event time with milliseconds (Standard Webhooks payload `timestamp`)', example: '2026-05-12T16:10:17.000Z' },
      workspace_id: { type: 'string', format: 'uuid', example: '5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11' },
      waba_id: { type: 'string', nullable: true, example: '102290129340398' },
      phone_number_id: { type: 'string', nullable: true, description: 'Where Meta gives one', example: '117263540981001' },
      data: { $ref: `#/components/schemas/${def.payload.name}` },
      raw: {
        type: 'object',
        nullable: true,
        description: "Meta's original change: { field, value }",
        properties: { field: { type: 'string', example: def.metaField ?? 'internal' }, value: { type: 'object', additionalProperties: true } },
      },
      test: { type: 'boolean', description: 'Present and true only on test events' },
    },
    example: {
      id: 'evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw',
      type: def.type,
      created_at: '2026-05-12T16:10:17Z',
      timestamp: '2026-05-12T16:10:17.000Z',
      workspace_id: '5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11',
      waba_id: '102290129340398',
      phone_number_id: null,
      data: def.example,
      raw: def.metaField ? { field: def.metaField, value: {} } : null,
    },
  };
}

/**
 * Builds the OpenAPI document and serves it at /docs-json with the Swagger UI at /docs. Every event
 * payload class is a component schema, plus one envelope schema per event type and a WebhookEvent
 * union discriminated by `type`, so customers can generate types for what they receive.
 */
export function setupSwagger(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('WhatsApp webhooks')
    .setDescription(
      'Register webhook endpoints for a workspace, each subscribed to chosen WhatsApp event types. ' +
        'Deliveries are signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). ' +
        'The body of each delivery is described by the `WebhookEvent` schema (one `<Type>Event` schema per event type). ' +
        'Errors always have the shape { status, code, message, details: [{ field, reason }] }.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Workspace API key' }, 'api-key')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'x-admin-token', description: 'ADMIN_TOKEN' }, 'admin-token')
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: EVENT_CATALOG.map((d) => d.payload) });
  const schemas: SchemaMap = (document.components ??= {}).schemas ??= {};
  for (const def of EVENT_CATALOG) schemas[eventSchemaName(def.type)] = envelopeSchema(def);
  schemas.WebhookEvent = {
    description: 'Any event delivered to a webhook endpoint, discriminated by `type`.',
    oneOf: EVENT_CATALOG.map((d) => ({ $ref: `#/components/schemas/${eventSchemaName(d.type)}` })),
    discriminator: {
      propertyName: 'type',
      mapping: Object.fromEntries(EVENT_CATALOG.map((d) => [d.type, `#/components/schemas/${eventSchemaName(d.type)}`])),
    },
  };
  app.get(EventSchemaRegistry).register(schemas);
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
