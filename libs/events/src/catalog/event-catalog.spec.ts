import 'reflect-metadata';
import { Type } from '@nestjs/common';
import { EVENT_CATALOG, EVENT_TYPE_NAMES, findEventType } from './event-catalog';
import { assertCatalogConsistent } from './catalog-consistency';
import { EVENT_CATEGORIES, EventTypeDefinition } from './event-type-definition';
import { EVENT_TYPE_PATTERN } from './event-type-name';
import { META_TRANSLATORS, translateMetaBody } from '../translators/translator-registry';
import { TranslatorRegistration } from '../translators/translator.types';
import { META_SAMPLE_TYPES, metaSampleBody } from '../testing/meta-samples';

const RECEIVED = new Date('2026-05-11T12:00:00Z');
const OPTS = { wabaId: '103850127645201', phoneNumberId: '117263540981001', displayPhoneNumber: '15550100001' };

/** Property names documented with @ApiProperty / @ApiPropertyOptional on a payload class (incl. inherited). */
function documentedProperties(cls: Type<unknown>): Map<string, { required?: boolean }> {
  const names = (Reflect.getMetadata('swagger/apiModelPropertiesArray', cls.prototype) as string[] | undefined) ?? [];
  const out = new Map<string, { required?: boolean }>();
  for (const raw of names) {
    const name = raw.replace(/^:/, '');
    const meta = Reflect.getMetadata('swagger/apiModelProperties', cls.prototype, name) as
      { required?: boolean; description?: string; example?: unknown } | undefined;
    out.set(name, { required: meta?.required });
  }
  return out;
}

function expectShape(def: EventTypeDefinition, data: Record<string, unknown>, what: string) {
  const props = documentedProperties(def.payload);
  const undocumented = Object.keys(data).filter((k) => !props.has(k));
  expect({ type: def.type, what, undocumented }).toEqual({ type: def.type, what, undocumented: [] });
  const missing = [...props].filter(([name, p]) => p.required !== false && !(name in data)).map(([name]) => name);
  expect({ type: def.type, what, missing }).toEqual({ type: def.type, what, missing: [] });
}

describe('event catalog', () => {
  it('is consistent with the translators', () => {
    expect(() => assertCatalogConsistent(EVENT_CATALOG, META_TRANSLATORS)).not.toThrow();
  });

  it('names, categories and lookups are sound', () => {
    for (const def of EVENT_CATALOG) {
      expect(def.type).toMatch(EVENT_TYPE_PATTERN);
      expect(EVENT_CATEGORIES).toContain(def.category);
      expect(def.description.length).toBeGreaterThan(20);
      expect(findEventType(def.type)).toBe(def);
    }
    expect(EVENT_TYPE_NAMES).toEqual(EVENT_CATALOG.map((d) => d.type));
    expect(findEventType('nope.nope')).toBeUndefined();
    expect(findEventType('webhook.endpoint_disabled')).toMatchObject({ metaField: null, category: 'operational' });
    expect(findEventType('meta.unmapped_change')).toMatchObject({ metaField: null, category: 'other' });
    for (const required of [
      'message.received',
      'message.status_updated',
      'phone_number.name_updated',
      'account.updated',
      'ctwa.automatic_event',
      'template.status_updated',
    ]) {
      expect(EVENT_TYPE_NAMES).toContain(required);
    }
  });

  it('documents every payload property with a description and an example', () => {
    for (const def of EVENT_CATALOG) {
      const names = (Reflect.getMetadata('swagger/apiModelPropertiesArray', def.payload.prototype) as string[]) ?? [];
      expect(names.length).toBeGreaterThan(0);
      for (const raw of names) {
        const meta = Reflect.getMetadata('swagger/apiModelProperties', def.payload.prototype, raw.slice(1)) as {
          description?: string;
          example?: unknown;
        };
        expect({ type: def.type, prop: raw, hasDescription: !!meta.description, hasExample: 'example' in meta }).toEqual({
          type: def.type,
          prop: raw,
          hasDescription: true,
          hasExample: true,
        });
      }
    }
  });

  it('every example matches its payload class', () => {
    for (const def of EVENT_CATALOG) expectShape(def, def.example, 'example');
  });

  it('every metaField is translated and produces its type', () => {
    for (const def of EVENT_CATALOG.filter((d) => d.metaField !== null)) {
      const translator = META_TRANSLATORS.find((t) => t.field === def.metaField);
      expect({ type: def.type, produces: translator?.produces.includes(def.type) }).toEqual({ type: def.type, produces: true });
    }
  });
});

describe('metaSampleBody', () => {
  const fromMeta = EVENT_CATALOG.filter((d) => d.metaField !== null);

  it('exists for exactly the catalog types that come from Meta', () => {
    expect([...META_SAMPLE_TYPES].sort()).toEqual(fromMeta.map((d) => d.type).sort());
    expect(() => metaSampleBody('webhook.endpoint_disabled', OPTS)).toThrow('No Meta sample for event type "webhook.endpoint_disabled"');
  });

  it.each(fromMeta.map((d) => [d.type, d] as const))('%s: yields exactly one event of that type, documented by its payload', (type, def) => {
    const body = metaSampleBody(type, OPTS);
    expect(body.object).toBe('whatsapp_business_account');
    expect(body.entry![0].id).toBe(OPTS.wabaId);
    expect(body.entry![0].changes![0].field).toBe(def.metaField);
    const results = translateMetaBody(body, RECEIVED);
    expect(results.map((r) => r.unhandled)).toEqual([undefined]);
    const events = results.flatMap((r) => r.events);
    expect(events.map((e) => e.type)).toEqual([type]);
    expectShape(def, events[0].data, 'sample');
    if (events[0].phoneNumberId !== null) expect(events[0].phoneNumberId).toBe(OPTS.phoneNumberId);
  });

  it.each(fromMeta.map((d) => [d.type] as const))('%s: unique varies the key, same unique keeps it', (type) => {
    const key = (unique?: string) => translateMetaBody(metaSampleBody(type, { ...OPTS, unique }), RECEIVED)[0].events[0].key;
    expect(key('a')).toBe(key('a'));
    expect(key('a')).not.toBe(key('b'));
    expect(key(undefined)).toBe(key(undefined));
  });
});

describe('assertCatalogConsistent', () => {
  const translator = (field: string, produces: string[]): TranslatorRegistration => ({ field, produces, translate: () => [] });

  it('names a produced type missing from the catalog', () => {
    expect(() => assertCatalogConsistent(EVENT_CATALOG, [...META_TRANSLATORS, translator('new_field', ['thing.happened'])])).toThrow(
      'translator for "new_field" produces "thing.happened", which is not in the event catalog',
    );
  });

  it('names a type from a Meta field that no translator of that field produces', () => {
    const bad = [...EVENT_CATALOG, { ...EVENT_CATALOG[0], type: 'message.vanished', metaField: 'messages' }];
    expect(() => assertCatalogConsistent(bad, META_TRANSLATORS)).toThrow(
      'event type "message.vanished" comes from Meta field "messages", but no translator for that field produces it',
    );
    const orphan = [...EVENT_CATALOG, { ...EVENT_CATALOG[0], type: 'thing.happened', metaField: 'no_such_field' }];
    expect(() => assertCatalogConsistent(orphan, META_TRANSLATORS)).toThrow('event type "thing.happened" comes from Meta field "no_such_field"');
  });

  it('accepts the types this service emits itself, which no translator produces', () => {
    const own = EVENT_CATALOG.filter((d) => d.metaField === null).map((d) => d.type);
    expect(own).toEqual(expect.arrayContaining(['webhook.endpoint_disabled', 'meta.unmapped_change']));
    expect(META_TRANSLATORS.flatMap((t) => t.produces).filter((type) => own.includes(type))).toEqual([]);
    expect(() => assertCatalogConsistent(EVENT_CATALOG, META_TRANSLATORS)).not.toThrow();
  });

  it('names a type without example', () => {
    const bad = EVENT_CATALOG.map((d) => (d.type === 'account.updated' ? { ...d, example: {} } : d));
    expect(() => assertCatalogConsistent(bad, META_TRANSLATORS)).toThrow('event type "account.updated" has no example');
    const missing = EVENT_CATALOG.map((d) => (d.type === 'account.updated' ? ({ ...d, example: undefined } as unknown as EventTypeDefinition) : d));
    expect(() => assertCatalogConsistent(missing, META_TRANSLATORS)).toThrow('event type "account.updated" has no example');
  });

  it('names a type breaking the two-word pattern', () => {
    const bad = [...EVENT_CATALOG, { ...EVENT_CATALOG[0], type: 'message.received.v2' }];
    expect(() => assertCatalogConsistent(bad, META_TRANSLATORS)).toThrow('event type "message.received.v2" does not match');
  });

  it('names a duplicated type', () => {
    const bad = [...EVENT_CATALOG, EVENT_CATALOG[0]];
    expect(() => assertCatalogConsistent(bad, META_TRANSLATORS)).toThrow('event type "message.received" is listed twice in the catalog');
  });

  it('names a field claimed by two translators', () => {
    expect(() => assertCatalogConsistent(EVENT_CATALOG, [...META_TRANSLATORS, translator('messages', ['message.received'])])).toThrow(
      'Meta field "messages" is claimed by two translators',
    );
  });
});
