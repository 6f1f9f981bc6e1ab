import { OpenAPIObject } from '@nestjs/swagger';
import { EVENT_CATALOG, EventTypeDefinition } from '@app/events';

type SchemaMap = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>;
type Json = Record<string, unknown>;

const REF_PREFIX = '#/components/schemas/';

/** The global tags, in the order the docs show them. Every tag an operation uses must be here. */
export const API_TAGS: { name: string; description: string }[] = [
  { name: 'Webhooks', description: 'Webhook endpoints of the workspace: subscriptions, filter, custom headers, signing secrets, test sends.' },
  { name: 'Deliveries', description: 'The delivery log of an endpoint, with every attempt; resend one delivery or recover a time range.' },
  { name: 'Events', description: 'Events as delivered: the envelope of one event by id.' },
  { name: 'Event types', description: 'The catalog: every event type with its category, description, JSON schema and example.' },
  { name: 'Workspace', description: 'The workspace an API key belongs to.' },
  { name: 'Provisioning', description: 'Operator API (x-admin-token): workspaces, API keys, WhatsApp Business Accounts and business portfolios.' },
  { name: 'Operations', description: 'Operator API (x-admin-token): Meta changes kept because no translator or workspace took them.' },
  { name: 'Webhook events', description: 'What your endpoint receives: one POST per event, signed per Standard Webhooks.' },
];

/** "template.status_updated" → "TemplateStatusUpdatedEvent". */
export function eventSchemaName(type: string): string {
  return type.split(/[._]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('') + 'Event';
}

const EVENT_ID_EXAMPLE = 'evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw';
const WORKSPACE_ID_EXAMPLE = '5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11';

/** The delivered envelope of one event type, with `data` typed by its payload class. */
export function envelopeSchema(def: EventTypeDefinition): SchemaMap[string] {
  return {
    type: 'object',
    description: `Body POSTed to your endpoint for \`${def.type}\`: ${def.description}`,
    required: ['id', 'type', 'created_at', 'workspace_id', 'waba_id', 'phone_number_id', 'data', 'raw'],
    properties: {
      id: { type: 'string', description: 'Event id, stable across retries; also the webhook-id header', example: EVENT_ID_EXAMPLE },
      type: { type: 'string', enum: [def.type], example: def.type },
      created_at: { type: 'string', format: 'date-time', description: 'When it happened according to Meta', example: '2026-05-12T16:10:17Z' },
      timestamp: {
        type: 'string',
        format: 'date-time',
        description: 'The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed',
        example: '2026-05-12T16:10:17.000Z',
      },
      workspace_id: { type: 'string', format: 'uuid', example: WORKSPACE_ID_EXAMPLE },
      waba_id: { type: 'string', nullable: true, description: 'WhatsApp Business Account id; null when the event has none', example: '102290129340398' },
      phone_number_id: { type: 'string', nullable: true, description: 'Business phone number id, where Meta gives one', example: '117263540981001' },
      data: { $ref: `${REF_PREFIX}${def.payload.name}` },
      raw: {
        type: 'object',
        nullable: true,
        description: "Meta's original change (null for operational events)",
        required: ['field', 'value'],
        properties: {
          field: { type: 'string', description: "Meta's change field", example: def.metaField ?? 'account_update' },
          value: { type: 'object', additionalProperties: true, description: "Meta's change value, as received (any JSON object)" },
        },
      },
      test: { type: 'boolean', description: 'Present and true only on test events', example: true },
    },
    example: {
      id: EVENT_ID_EXAMPLE,
      type: def.type,
      created_at: '2026-05-12T16:10:17Z',
      timestamp: '2026-05-12T16:10:17.000Z',
      workspace_id: WORKSPACE_ID_EXAMPLE,
      waba_id: '102290129340398',
      phone_number_id: null,
      data: def.example,
      raw: def.metaField ? { field: def.metaField, value: {} } : null,
    },
  };
}

/** Every event type as a component schema, and the `WebhookEvent` union discriminated by `type`. */
export function addEventSchemas(schemas: SchemaMap): void {
  for (const def of EVENT_CATALOG) schemas[eventSchemaName(def.type)] = envelopeSchema(def);
  schemas.WebhookEvent = {
    description: 'Any event delivered to a webhook endpoint, discriminated by `type`.',
    oneOf: EVENT_CATALOG.map((d) => ({ $ref: `${REF_PREFIX}${eventSchemaName(d.type)}` })),
    discriminator: {
      propertyName: 'type',
      mapping: Object.fromEntries(EVENT_CATALOG.map((d) => [d.type, `${REF_PREFIX}${eventSchemaName(d.type)}`])),
    },
  };
}

const SIGNATURE_HEADERS = {
  'webhook-id': { description: 'Event id (the `id` of the body); the same on every retry, use it to deduplicate', example: EVENT_ID_EXAMPLE },
  'webhook-timestamp': { description: 'Unix seconds when this attempt was signed', example: '1778602217' },
  'webhook-signature': {
    description: 'Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` (two during a secret rotation)',
    example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
  },
};

/**
 * Every event type as an OpenAPI webhook. The document stays 3.0 (what @nestjs/swagger emits), so
 * they go under `x-webhooks`, the extension 3.1's `webhooks` object grew from.
 */
export function webhooksSection(): Record<string, Json> {
  return Object.fromEntries(
    EVENT_CATALOG.map((def) => [
      def.type,
      {
        post: {
          operationId: `on_${def.type.replace(/[.]/g, '_')}`,
          summary: def.type,
          description: `${def.description} Answer 2xx within the delivery timeout; anything else is retried.`,
          tags: ['Webhook events'],
          // Nothing to authenticate with on your side: you verify the webhook-signature header instead.
          security: [],
          parameters: Object.entries(SIGNATURE_HEADERS).map(([name, h]) => ({ name, in: 'header', required: true, description: h.description, schema: { type: 'string', example: h.example } })),
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: `${REF_PREFIX}${eventSchemaName(def.type)}` } } } },
          responses: {
            '200': { description: 'Received; any 2xx status is success' },
            '410': { description: 'Gone: the endpoint is disabled and receives nothing more' },
          },
        },
      },
    ]),
  );
}

function refName(node: unknown): string | null {
  const ref = (node as Json | null)?.$ref;
  return typeof ref === 'string' && ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : null;
}

/** Names of the component schemas reachable from `roots`, following $refs. */
export function reachableSchemas(roots: unknown[], schemas: SchemaMap): Set<string> {
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const name = refName(node);
    if (name && !seen.has(name)) {
      seen.add(name);
      visit(schemas[name]);
    }
    Object.values(node).forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

/**
 * The global ValidationPipe runs with forbidNonWhitelisted: a property a request DTO does not declare
 * is refused with 400. Every object schema of a request body (and every object inside one) says so.
 */
export function closeRequestSchemas(document: OpenAPIObject): void {
  const schemas: SchemaMap = document.components?.schemas ?? {};
  const bodies: unknown[] = [];
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item as Json)) bodies.push((op as Json | null)?.requestBody);
  }
  const close = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(close);
    if (node === null || typeof node !== 'object' || refName(node)) return;
    const schema = node as Json;
    if (schema.type === 'object' && schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
    for (const [k, v] of Object.entries(schema)) if (k !== 'example' && k !== 'default') close(v);
  };
  for (const name of reachableSchemas(bodies, schemas)) close(schemas[name]);
  bodies.forEach(close);
}

/** A body whose schema requires no property may be left out (an absent body reads as `{}`); Nest marks every body required. */
export function markOptionalBodies(document: OpenAPIObject): void {
  const schemas: SchemaMap = document.components?.schemas ?? {};
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item as Json)) {
      const body = (op as Json | null)?.requestBody as Json | undefined;
      const schema = (body?.content as Json | undefined)?.['application/json'] as Json | undefined;
      const name = refName(schema?.schema);
      const required = name ? ((schemas[name] as Json).required as string[] | undefined) : undefined;
      if (body && name && !required?.length) body.required = false;
    }
  }
}
