import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { EVENT_CATALOG, findEventType, findTranslator, MetaWebhookBody, TranslatedEvent } from '@app/events';
import { META_SAMPLE_TYPES, metaSampleBody } from '@app/events/testing/meta-samples';
import { selfContainedSchema } from './event-schema.registry';

/**
 * The catalog tells the truth: every example, and every event translated from the Meta samples and
 * fixtures, validates against the JSON schema the docs publish for its payload class (rendered the
 * way docs/swagger.ts renders it), with properties the schema does not declare counted as errors.
 */

type Json = Record<string, unknown>;
const FIXTURES = join(__dirname, '../../../../test/fixtures/meta');
const OPTS = { wabaId: '103850127645201', phoneNumberId: '117263540981001', displayPhoneNumber: '15550100001' };

/** A copy of the schema where every object that lists its properties allows no others (unless it says). */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) out[k] = k === 'example' ? v : closed(v);
  if (out.properties && !('additionalProperties' in out)) out.additionalProperties = false;
  return out;
}

function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Every event the samples and fixtures translate to. */
function translatedEvents(): { source: string; event: TranslatedEvent }[] {
  const bodies: { source: string; body: MetaWebhookBody }[] = [
    ...META_SAMPLE_TYPES.map((type) => ({ source: `sample ${type}`, body: metaSampleBody(type, OPTS) })),
    ...readdirSync(FIXTURES)
      .filter((n) => n.endsWith('.json'))
      .map((name) => ({ source: name, body: JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as MetaWebhookBody })),
  ];
  return bodies.flatMap(({ source, body }) =>
    (body.entry ?? []).flatMap((entry) =>
      (entry.changes ?? []).flatMap((change) => {
        const translator = findTranslator(change.field);
        if (!translator) return [];
        const events = translator.translate(change.value, { wabaId: String(entry.id), entryTime: entry.time, receivedAt: new Date(), unreadable: [] });
        return events.map((event) => ({ source, event }));
      }),
    ),
  );
}

describe('event catalog schemas', () => {
  let app: INestApplication;
  let components: Json;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validators = new Map<string, ValidateFunction>();

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({}).compile();
    app = moduleRef.createNestApplication(new FastifyAdapter(), { logger: false });
    // The same call docs/swagger.ts makes: the payload classes rendered as component schemas.
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build(), { extraModels: EVENT_CATALOG.map((d) => d.payload) });
    components = (document.components?.schemas ?? {}) as Json;
  });

  afterAll(async () => {
    await app.close();
  });

  function validatorFor(payloadName: string): ValidateFunction {
    let validate = validators.get(payloadName);
    if (!validate) {
      const schema = selfContainedSchema(payloadName, components);
      if (!schema) throw new Error(`no schema rendered for ${payloadName}`);
      validate = ajv.compile(closed(schema) as Json);
      validators.set(payloadName, validate);
    }
    return validate;
  }

  it.each(EVENT_CATALOG.map((d) => [d.type, d] as const))('%s: the example validates against its published schema', (_type, def) => {
    const validate = validatorFor(def.payload.name);
    const ok = validate(def.example);
    expect({ type: def.type, errors: describeErrors(validate.errors) }).toEqual({ type: def.type, errors: [] });
    expect(ok).toBe(true);
  });

  it("every event translated from the samples and fixtures validates against its type's schema", () => {
    const events = translatedEvents();
    expect(events.length).toBeGreaterThan(META_SAMPLE_TYPES.length);
    const failures = events.flatMap(({ source, event }) => {
      const def = findEventType(event.type);
      if (!def) return [{ source, type: event.type, errors: ['type not in the catalog'] }];
      const validate = validatorFor(def.payload.name);
      return validate(event.data) ? [] : [{ source, type: event.type, errors: describeErrors(validate.errors) }];
    });
    expect(failures).toEqual([]);
  });

  it('every property example validates against the property schema', () => {
    const failures: { schema: string; property: string; errors: string[] }[] = [];
    for (const def of EVENT_CATALOG) {
      const root = selfContainedSchema(def.payload.name, components)!;
      const defs = (root.$defs ?? {}) as Json;
      const owners: [string, Json][] = [[def.payload.name, root], ...Object.entries(defs).map(([n, s]) => [n, s as Json] as [string, Json])];
      for (const [owner, schema] of owners) {
        for (const [property, raw] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
          if (!('example' in raw)) continue;
          const { example, ...propertySchema } = raw;
          const validate = ajv.compile(closed({ ...propertySchema, $defs: defs }) as Json);
          if (!validate(example)) failures.push({ schema: owner, property, errors: describeErrors(validate.errors) });
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('catches a lie: an undeclared property, a wrong type, a timestamp that is not ISO-8601', () => {
    const validate = validatorFor('CtwaAutomaticEventPayload');
    const good = findEventType('ctwa.automatic_event')!.example;
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, surprise: 1 })).toBe(false);
    expect(validate({ ...good, custom_data: { currency: 'USD', value: 25000 } })).toBe(false);
    expect(validate({ ...good, event_id: 12 })).toBe(false);
    expect(validate({ ...good, timestamp: '1778495400' })).toBe(false);
  });
});
