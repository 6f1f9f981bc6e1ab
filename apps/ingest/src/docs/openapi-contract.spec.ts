import { OpenAPIObject } from '@nestjs/swagger';
import { EVENT_CATALOG } from '@app/events';
import { addEventSchemas, API_TAGS, closeRequestSchemas, eventSchemaName, markOptionalBodies, reachableSchemas, webhooksSection } from './openapi-contract';

type Json = Record<string, any>;

function documentWith(schemas: Json, paths: Json): OpenAPIObject {
  return { openapi: '3.0.0', info: { title: 't', version: '1' }, paths, components: { schemas } } as OpenAPIObject;
}

const body = (name: string) => ({ requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } }, responses: {} });

describe('openapi contract: what Nest cannot infer', () => {
  it('closes every object schema reachable from a request body, and only those', () => {
    const doc = documentWith(
      {
        CreateDto: { type: 'object', required: ['url'], properties: { url: { type: 'string' }, filter: { $ref: '#/components/schemas/FilterDto' } } },
        FilterDto: { type: 'object', properties: { ids: { type: 'array', items: { type: 'string' } } } },
        HeadersDto: { type: 'object', additionalProperties: { type: 'string' } },
        OutputDto: { type: 'object', properties: { id: { type: 'string' } } },
      },
      { '/things': { post: body('CreateDto'), get: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/OutputDto' } } } } } } } },
    );
    closeRequestSchemas(doc);
    const s = doc.components!.schemas as Json;
    expect([s.CreateDto.additionalProperties, s.FilterDto.additionalProperties]).toEqual([false, false]);
    expect(s.HeadersDto.additionalProperties).toEqual({ type: 'string' });
    expect(s.OutputDto.additionalProperties).toBeUndefined();
  });

  it('marks a body optional only when its schema requires nothing', () => {
    const doc = documentWith(
      { A: { type: 'object', required: ['x'], properties: { x: { type: 'string' } } }, B: { type: 'object', properties: { y: { type: 'integer' } } } },
      { '/a': { post: body('A') }, '/b': { post: body('B') } },
    );
    markOptionalBodies(doc);
    expect([(doc.paths['/a'] as Json).post.requestBody.required, (doc.paths['/b'] as Json).post.requestBody.required]).toEqual([true, false]);
  });

  it('follows $refs through nested schemas and stops on cycles', () => {
    const schemas = { A: { properties: { b: { $ref: '#/components/schemas/B' } } }, B: { items: { $ref: '#/components/schemas/A' } }, C: {} };
    expect([...reachableSchemas([{ $ref: '#/components/schemas/A' }], schemas)].sort()).toEqual(['A', 'B']);
  });

  it('adds one envelope per catalog type and the WebhookEvent union discriminated by type', () => {
    const schemas: Json = {};
    addEventSchemas(schemas);
    const template = schemas[eventSchemaName('template.status_updated')];
    expect(eventSchemaName('template.status_updated')).toBe('TemplateStatusUpdatedEvent');
    expect(template.properties.type.enum).toEqual(['template.status_updated']);
    expect(template.properties.workspace_id.format).toBe('uuid');
    expect(schemas.WebhookEvent.oneOf).toHaveLength(EVENT_CATALOG.length);
    expect(Object.keys(schemas.WebhookEvent.discriminator.mapping)).toEqual(EVENT_CATALOG.map((d) => d.type));
  });

  it('lists every catalog type as a webhook with the signature headers, tagged with a declared tag', () => {
    const webhooks = webhooksSection();
    expect(Object.keys(webhooks)).toEqual(EVENT_CATALOG.map((d) => d.type));
    const post = (webhooks['message.received'] as Json).post;
    expect(post.parameters.map((p: Json) => p.name)).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature']);
    expect(post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/MessageReceivedEvent');
    expect(API_TAGS.map((t) => t.name)).toContain(post.tags[0]);
    expect(new Set(Object.values(webhooks).map((w) => (w as Json).post.operationId)).size).toBe(EVENT_CATALOG.length);
  });
});
