import fc from 'fast-check';
import { http, HttpResult, IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { arbitraryFor, deref, invalidBodies, OpenApiDocument, ResponseValidator, Schema } from './support/openapi-schemas';
import { ADMIN_TOKEN, createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';

type Json = Record<string, any>;

interface Operation {
  method: string;
  path: string;
  op: Schema;
}

/** Valid bodies per operation; bounded so the whole walk stays well under a minute. */
const VALID_RUNS = 25;
const ERROR_KEYS = ['code', 'details', 'message', 'status'];

/**
 * Walks every operation of the live /docs-json: bodies generated from the request schema and a
 * catalogue of invalid ones. Whatever the answer, it is never 5xx, a 4xx has the one error shape,
 * and a 2xx validates against the response schema the document gives for that status.
 */
describe('API contract: every operation of /docs-json against the running ingest', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let doc: OpenApiDocument;
  let validator: ResponseValidator;
  let workspace: { id: string; api_key: string };
  let webhookId: string;
  const receiver = new WebhookReceiver();
  const failures: string[] = [];
  const statuses = new Map<string, Set<number>>();

  beforeAll(async () => {
    env = await createTestEnvironment({
      API_RATE_LIMIT_PER_SECOND: '100000',
      API_RATE_LIMIT_BURST: '100000',
      AUTH_FAILURE_LIMIT_PER_MINUTE: '100000',
      TEST_EVENT_LIMIT_PER_MINUTE: '10000',
      MAX_ENDPOINTS_PER_WORKSPACE: '1000',
    });
    ingest = await AppProcess.start('ingest', env.env);
    await receiver.start();
    doc = (await http<OpenApiDocument>('GET', `${ingest.baseUrl}/docs-json`)).body;
    validator = new ResponseValidator(doc);
    const client = new IngestClient(ingest.baseUrl);
    workspace = await client.createWorkspace('Contract');
    webhookId = (await client.createWebhook(workspace.api_key, { url: receiver.url, events: ['*'] })).id;
  });

  afterAll(async () => {
    await ingest?.stop();
    await receiver.stop();
    await env?.cleanup();
  });

  function operations(): Operation[] {
    const ops = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ method, path, op })));
    // Deletions last: they remove the fixtures the other operations address.
    return [...ops.filter((o) => o.method !== 'delete'), ...ops.filter((o) => o.method === 'delete')];
  }

  function headersFor(op: Schema): Record<string, string> {
    const schemes = (op.security ?? []).flatMap((s: Schema) => Object.keys(s));
    if (schemes.includes('admin-token')) return { 'x-admin-token': ADMIN_TOKEN };
    if (schemes.includes('api-key')) return { authorization: `Bearer ${workspace.api_key}` };
    return {};
  }

  /** Real resources for ids the fixtures own; anything else generated from the parameter's schema. */
  function pathFor(o: Operation, random: fc.Arbitrary<Record<string, unknown>>): string {
    const generated = fc.sample(random, 1)[0];
    return o.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      if (name === 'workspaceId') return workspace.id;
      if (name === 'id' && o.path.startsWith('/v1/webhooks/')) return webhookId;
      return encodeURIComponent(String(generated[name]));
    });
  }

  function pathParams(o: Operation): fc.Arbitrary<Record<string, unknown>> {
    const params = (o.op.parameters ?? []).filter((p: Schema) => p.in === 'path');
    return fc.record(Object.fromEntries(params.map((p: Schema) => [p.name, arbitraryFor(doc, p.schema ?? { type: 'string' })])));
  }

  function queryParams(o: Operation): fc.Arbitrary<Record<string, unknown>> {
    const params = (o.op.parameters ?? []).filter((p: Schema) => p.in === 'query');
    return fc.record(Object.fromEntries(params.map((p: Schema) => [p.name, arbitraryFor(doc, p.schema ?? { type: 'string' })])), { requiredKeys: [] });
  }

  function record(o: Operation, what: string, res: HttpResult<unknown>): void {
    const key = `${o.method.toUpperCase()} ${o.path}`;
    if (!statuses.has(key)) statuses.set(key, new Set());
    statuses.get(key)!.add(res.status);
    const where = `${key} (${what}) → ${res.status}`;
    if (res.status >= 500) return void failures.push(`${where}: 5xx ${res.text.slice(0, 300)}`);
    if (res.status >= 400) {
      const body = res.body as Json;
      const shape = body && typeof body === 'object' ? Object.keys(body).sort() : [];
      const detailsOk = Array.isArray(body?.details) && body.details.every((d: Json) => typeof d.field === 'string' && typeof d.reason === 'string');
      if (JSON.stringify(shape) !== JSON.stringify(ERROR_KEYS) || body.status !== res.status || typeof body.code !== 'string' || !detailsOk) {
        failures.push(`${where}: not the error shape: ${res.text.slice(0, 300)}`);
      }
      return;
    }
    const documented = o.op.responses?.[String(res.status)];
    if (!documented) return void failures.push(`${where}: status not documented`);
    const schema = documented.content?.['application/json']?.schema;
    if (!schema) {
      if (res.text !== '') failures.push(`${where}: body where the document gives none: ${res.text.slice(0, 200)}`);
      return;
    }
    const error = validator.check(schema, res.body);
    if (error) failures.push(`${where}: response does not match its schema: ${error.slice(0, 500)} in ${res.text.slice(0, 300)}`);
  }

  async function send(o: Operation, path: string, query: Record<string, unknown>, body: unknown, raw?: string): Promise<HttpResult<unknown>> {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    const url = `${ingest.baseUrl}${path}${qs ? `?${qs}` : ''}`;
    return http(o.method.toUpperCase(), url, { headers: headersFor(o.op), ...(raw !== undefined ? { raw } : body === undefined ? {} : { body }) });
  }

  it('documents operations to walk, each with a 2xx response and the 4xx error shape', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThanOrEqual(25);
    for (const o of ops) {
      expect([o.method, o.path, Object.keys(o.op.responses).some((s) => s.startsWith('2'))]).toEqual([o.method, o.path, true]);
    }
  });

  /** A value built from the document's examples: the schema's own, else one per property. */
  function exampleOf(schema: Schema): unknown {
    const s = deref(doc, schema);
    if (s.example !== undefined) return s.example;
    if (s.type === 'object' && s.properties)
      return Object.fromEntries(Object.entries(s.properties as Record<string, Schema>).map(([k, v]) => [k, exampleOf(v)]));
    if (s.type === 'array') return [exampleOf(s.items ?? {})];
    return s.default;
  }

  it('accepts the documented example of every request body', async () => {
    for (const o of operations().filter((x) => x.op.requestBody)) {
      const example = exampleOf(o.op.requestBody.content['application/json'].schema);
      const res = await send(o, pathFor(o, pathParams(o)), {}, example);
      record(o, 'documented example', res);
      expect([o.method, o.path, res.status < 300 ? 'accepted' : res.text]).toEqual([o.method, o.path, 'accepted']);
    }
    expect(failures).toEqual([]);
  });

  it('answers valid and invalid requests of every operation with no 5xx, the one error shape, and 2xx bodies as documented', async () => {
    for (const o of operations()) {
      const bodySchema: Schema | undefined = o.op.requestBody?.content?.['application/json']?.schema;
      const bodies = bodySchema ? fc.sample(arbitraryFor(doc, bodySchema), VALID_RUNS) : [undefined];
      const queries = fc.sample(queryParams(o), bodySchema ? VALID_RUNS : Math.max(3, VALID_RUNS / 2));
      for (let i = 0; i < Math.max(bodies.length, queries.length); i++) {
        const body = bodies[i % bodies.length];
        record(o, `valid #${i} ${JSON.stringify(body)?.slice(0, 120)}`, await send(o, pathFor(o, pathParams(o)), queries[i % queries.length], body));
      }
      const path = pathFor(o, pathParams(o));
      if (bodySchema) {
        const valid = fc.sample(arbitraryFor(doc, bodySchema), 1)[0] as Record<string, unknown>;
        if (deref(doc, bodySchema).type === 'object') {
          for (const bad of invalidBodies(doc, bodySchema, valid)) {
            const res = await send(o, path, {}, bad.body);
            record(o, `invalid: ${bad.name}`, res);
            if (res.status < 400) failures.push(`${o.method.toUpperCase()} ${o.path}: accepted ${bad.name} with ${res.status}`);
          }
        }
        record(o, 'invalid: malformed JSON', await send(o, path, {}, undefined, '{"unterminated": '));
      }
      for (const p of (o.op.parameters ?? []).filter((x: Schema) => x.in === 'query')) {
        const s = deref(doc, p.schema ?? {});
        const wrong = s.type === 'integer' ? ['abc', '1.5', String((s.maximum ?? 1e9) + 1)] : s.enum ? ['not.a_member'] : ['x'.repeat(5000)];
        for (const w of wrong) {
          const res = await send(o, path, { [p.name]: w }, undefined);
          record(o, `query ${p.name}=${w.slice(0, 20)}`, res);
          if (s.type === 'integer' || s.enum) {
            if (res.status !== 400) failures.push(`${o.method.toUpperCase()} ${o.path}: query ${p.name}=${w} answered ${res.status}, not 400`);
          }
        }
      }
      record(o, 'no credentials', await http(o.method.toUpperCase(), `${ingest.baseUrl}${path}`));
    }
    expect(failures).toEqual([]);
    // The walk reached success on most operations, not only refusals.
    const succeeded = [...statuses.values()].filter((s) => [...s].some((c) => c < 300)).length;
    expect(succeeded).toBeGreaterThanOrEqual(Math.floor(statuses.size * 0.6));
  }, 120_000);
});
