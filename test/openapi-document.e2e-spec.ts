import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { EVENT_CATALOG, EventTypeName } from '@app/events';
import { META_SAMPLE_TYPES, META_SAMPLE_VARIANTS, metaSampleBody } from '@app/events/testing/meta-samples';
import { http, IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { OpenApiDocument, ResponseValidator } from './support/openapi-schemas';
import { ADMIN_TOKEN, createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';

const exec = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);

/** Runs a devtool; resolves with its output whatever its exit code (the assertions read the output). */
async function run(file: string, args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(file, args, { cwd, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** "template.status_updated" → "TemplateStatusUpdatedEvent", as the document names envelopes. */
const envelopeName = (type: string) =>
  type
    .split(/[._]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('') + 'Event';

/** A customer's handler: the generated union, a switch on `type` over every catalog type, each `data` typed by its payload schema. */
function consumerSource(deliveries: unknown[]): string {
  const cases = EVENT_CATALOG.map(
    (d) => `    case '${d.type}': {
      const data: components['schemas']['${d.payload.name}'] = event.data;
      const envelope: components['schemas']['${envelopeName(d.type)}'] = event;
      return [envelope.id, Object.keys(data).length];
    }`,
  ).join('\n');
  return `import type { components } from './api';

type WebhookEvent = components['schemas']['WebhookEvent'];

export const deliveries: WebhookEvent[] = ${JSON.stringify(deliveries, null, 2)};

export function handle(event: WebhookEvent): [string, number] {
  switch (event.type) {
${cases}
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export const handled = deliveries.map(handle);
`;
}

describe('the OpenAPI document: lint-clean, and generated types accept real deliveries of every type', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let doc: OpenApiDocument;
  let work: string;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    env = await createTestEnvironment();
    [ingest, dispatcher] = await Promise.all([AppProcess.start('ingest', env.env), AppProcess.start('dispatcher', env.env)]);
    await receiver.start();
    doc = (await http<OpenApiDocument>('GET', `${ingest.baseUrl}/docs-json`)).body;
    work = mkdtempSync(path.join(tmpdir(), 'wawh-openapi-'));
    writeFileSync(path.join(work, 'openapi.json'), JSON.stringify(doc));
  });

  afterAll(async () => {
    await dispatcher?.stop();
    await ingest?.stop();
    await receiver.stop();
    await env?.cleanup();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('passes redocly lint (recommended + redocly.yaml) with no error and no warning', async () => {
    const res = await run(bin('redocly'), ['lint', path.join(work, 'openapi.json'), '--config', path.join(ROOT, 'redocly.yaml'), '--format', 'json']);
    const report = JSON.parse(res.stdout.slice(res.stdout.indexOf('{'))) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string }[];
    };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 120_000);

  it('passes spectral lint (spectral:oas via .spectral.yaml) with no result at all', async () => {
    const res = await run(bin('spectral'), [
      'lint',
      path.join(work, 'openapi.json'),
      '--ruleset',
      path.join(ROOT, '.spectral.yaml'),
      '--format',
      'json',
      '--quiet',
    ]);
    const results = JSON.parse(res.stdout.trim() || '[]') as { code: string; severity: number; message: string; path: string[] }[];
    expect(results.map((r) => `${r.code} (${r.severity}) ${r.path.join('.')}: ${r.message}`)).toEqual([]);
    expect(res.code).toBe(0);
  }, 120_000);

  it('has no bare object, integers and uuids where the API has them, and nullable input only where null is accepted', () => {
    const bare: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const s = node as Record<string, any>;
      if (s.type === 'object' && !s.properties && !s.additionalProperties && !s.oneOf) bare.push(at);
      for (const [k, v] of Object.entries(s)) if (k !== 'example') walk(v, `${at}/${k}`);
    };
    walk(doc.components.schemas, '#/components/schemas');
    walk(doc.paths, '#/paths');
    expect(bare).toEqual([]);

    const schemas = doc.components.schemas;
    expect(schemas.CreateWebhookDto.additionalProperties).toBe(false);
    expect(schemas.CreateWebhookDto.properties.events.items.enum).toEqual(expect.arrayContaining([...EVENT_CATALOG.map((d) => d.type), 'template.*', '*']));
    expect(schemas.SendTestEventDto.properties.type.enum).toEqual(EVENT_CATALOG.map((d) => d.type));
    expect(schemas.WebhookDto.properties.id.format).toBe('uuid');
    expect(schemas.RotateSecretDto.properties.grace_period_hours.type).toBe('integer');
    expect(schemas.ApiErrorDto.properties.status.type).toBe('integer');
    expect(doc.components.securitySchemes['api-key']).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'wk_…' });
    expect(doc.components.securitySchemes['api-key'].description).toMatch(/not a JWT/);

    // The global pipe refuses null on every DTO field; only a custom header's value (parsed apart) takes it.
    const nullableInput: string[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      if (schema.additionalProperties !== false) continue; // closed schemas are the request ones
      for (const [prop, p] of Object.entries((schema.properties ?? {}) as Record<string, any>)) if (p.nullable) nullableInput.push(`${name}.${prop}`);
    }
    expect(nullableInput).toEqual(['WebhookHeaderInputDto.value']);
    expect(Object.keys(doc.components.schemas).filter((n) => doc.components.schemas[n].additionalProperties === false).length).toBeGreaterThan(5);
  });

  it('lists every catalog type as a webhook and in the WebhookEvent union returned by GET /v1/events/{id}', () => {
    const webhooks = doc['x-webhooks'] as Record<string, { post: { requestBody: { content: Record<string, { schema: { $ref: string } }> } } }>;
    expect(Object.keys(webhooks).sort()).toEqual(EVENT_CATALOG.map((d) => d.type).sort());
    for (const d of EVENT_CATALOG) {
      expect(webhooks[d.type].post.requestBody.content['application/json'].schema.$ref).toBe(`#/components/schemas/${envelopeName(d.type)}`);
    }
    expect(doc.components.schemas.WebhookEvent.discriminator.propertyName).toBe('type');
    expect(doc.paths['/v1/events/{id}'].get.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/WebhookEvent');
  });

  it('type-checks a consumer of openapi-typescript types over a real delivery of every Meta-sourced type (and refuses a wrong one)', async () => {
    const client = new IngestClient(ingest.baseUrl);
    const wabaId = '230000000000001';
    const phoneNumberId = '117263540981001';
    const workspace = await client.createWorkspace('Typed consumer');
    await client.linkWaba(workspace.id, wabaId);
    // Partner webhooks name the business portfolio as entry.id: the samples use the same id.
    const portfolio = await http('POST', `${ingest.baseUrl}/admin/v1/workspaces/${workspace.id}/business-portfolios`, {
      headers: { 'x-admin-token': ADMIN_TOKEN },
      body: { business_id: wabaId },
    });
    expect(portfolio.status).toBe(201);
    // Subscribed to the Meta-sourced types only: `*` would also bring this service's own operational events.
    await client.createWebhook(workspace.api_key, { url: receiver.url, events: [...META_SAMPLE_TYPES] });

    const samples: [EventTypeName, string | undefined][] = META_SAMPLE_TYPES.flatMap((type) => [
      [type, undefined] as [EventTypeName, undefined],
      ...(META_SAMPLE_VARIANTS[type] ?? []).map((v) => [type, v] as [EventTypeName, string]),
    ]);
    for (const [type, variant] of samples) {
      const res = await client.postMeta(
        metaSampleBody(type, { wabaId, phoneNumberId, variant, unique: `${type}/${variant ?? ''}`, timestamp: Math.floor(Date.now() / 1000) }),
      );
      expect([type, variant, res.status]).toEqual([type, variant, 200]);
    }
    await receiver.waitFor(samples.length, 30_000);
    const deliveries = receiver.requests.map((r) => r.json);
    expect(new Set(deliveries.map((d) => d.type))).toEqual(new Set(META_SAMPLE_TYPES));

    // Every delivery also validates against the document's schema (formats, integers, closed enums).
    const validator = new ResponseValidator(doc);
    for (const d of deliveries) expect([d.type, validator.check({ $ref: '#/components/schemas/WebhookEvent' }, d)]).toEqual([d.type, null]);

    const generated = await run(bin('openapi-typescript'), [path.join(work, 'openapi.json'), '--output', path.join(work, 'api.ts')]);
    expect(generated.code).toBe(0);
    // No property comes out as an object that can hold nothing (the top-level webhooks/$defs aliases are the generator's own).
    const api = readFileSync(path.join(work, 'api.ts'), 'utf8');
    expect(api.split('\n').filter((l) => l.includes('Record<string, never>') && !/^export type (webhooks|\$defs) =/.test(l))).toEqual([]);
    const tsc = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'commonjs', '--moduleResolution', 'node'];
    writeFileSync(path.join(work, 'consumer.ts'), consumerSource(deliveries));
    const checked = await run(bin('tsc'), [...tsc, 'consumer.ts'], work);
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.code).toBe(0);

    // The check bites: a status sent as a number, or an undocumented property, is refused.
    const template = deliveries.find((d) => d.type === 'template.status_updated')!;
    const wrong = [
      { ...template, data: { ...(template.data as object), status: 42 } },
      { ...template, data: { ...(template.data as object), undocumented: true } },
    ];
    writeFileSync(path.join(work, 'consumer.ts'), consumerSource(wrong));
    const refused = await run(bin('tsc'), [...tsc, 'consumer.ts'], work);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toMatch(/status[\s\S]*number[\s\S]*undocumented/);
  }, 120_000);
});
