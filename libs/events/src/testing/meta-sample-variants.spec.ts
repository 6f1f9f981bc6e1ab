import 'reflect-metadata';
import { Type } from '@nestjs/common';
import { EVENT_CATALOG } from '../catalog/event-catalog';
import { translateMetaBody } from '../translators/translator-registry';
import { META_SAMPLE_VARIANTS, metaSampleBody } from './meta-samples';

const RECEIVED = new Date('2026-05-11T12:00:00Z');
const OPTS = { wabaId: '103850127645201', phoneNumberId: '117263540981001', displayPhoneNumber: '15550100001' };

/** The messages-family and group types, whose payloads are documented down to nested objects. */
const DEEP_TYPES = [
  'message.received',
  'message.edited',
  'message.deleted',
  'message.status_updated',
  'message.echoed',
  'user.preferences_updated',
  'user.id_updated',
  'call.connecting',
  'call.terminated',
  'call.status_updated',
  'history.synced',
  'group.lifecycle_updated',
  'group.participants_updated',
  'group.settings_updated',
  'group.status_updated',
];

interface PropertyMeta {
  type?: unknown;
  required?: boolean;
}

function properties(cls: Type<unknown>): Map<string, PropertyMeta> {
  const names = (Reflect.getMetadata('swagger/apiModelPropertiesArray', cls.prototype) as string[] | undefined) ?? [];
  return new Map(
    names.map((raw) => {
      const name = raw.replace(/^:/, '');
      return [name, (Reflect.getMetadata('swagger/apiModelProperties', cls.prototype, name) as PropertyMeta | undefined) ?? {}];
    }),
  );
}

/** Paths of keys in `data` (recursively, through documented nested classes) that the payload class does not document. */
function undocumented(cls: Type<unknown>, data: unknown, path: string): string[] {
  if (data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((item, i) => undocumented(cls, item, `${path}[${i}]`));
  const props = properties(cls);
  if (props.size === 0) return [];
  return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => {
    const meta = props.get(key);
    if (!meta) return [`${path}.${key}`];
    const nested = Array.isArray(meta.type) ? (meta.type[0] as unknown) : meta.type;
    return typeof nested === 'function' && nested !== Object ? undocumented(nested as Type<unknown>, value, `${path}.${key}`) : [];
  });
}

const definition = (type: string) => EVENT_CATALOG.find((d) => d.type === type)!;
const variants = Object.entries(META_SAMPLE_VARIANTS).flatMap(([type, names]) => names.map((variant) => [type, variant] as const));

describe('Meta sample variants', () => {
  it('exist for the BSUID, group, system-message, echo and group-field shapes', () => {
    expect(variants.length).toBeGreaterThanOrEqual(15);
    expect(META_SAMPLE_VARIANTS['message.received']).toEqual(
      expect.arrayContaining(['bsuid_only', 'group', 'user_changed_number', 'user_changed_user_id', 'customer_identity_changed']),
    );
    expect(() => metaSampleBody('message.received', { ...OPTS, variant: 'nope' })).toThrow('No Meta sample variant "nope" for event type "message.received"');
  });

  it.each(variants)('%s / %s: yields exactly one event of its type, every key documented', (type, variant) => {
    const results = translateMetaBody(metaSampleBody(type, { ...OPTS, variant }), RECEIVED);
    expect(results.map((r) => r.unhandled)).toEqual([undefined]);
    const events = results.flatMap((r) => r.events);
    expect(events.map((e) => e.type)).toEqual([type]);
    expect(undocumented(definition(type).payload, events[0].data, 'data')).toEqual([]);
  });

  it.each(variants)('%s / %s: unique varies the key, same unique keeps it', (type, variant) => {
    const key = (unique?: string) => translateMetaBody(metaSampleBody(type, { ...OPTS, variant, unique }), RECEIVED)[0].events[0].key;
    expect(key('a')).toBe(key('a'));
    expect(key('a')).not.toBe(key('b'));
  });
});

describe('messages-family and group payloads are documented down to nested objects', () => {
  it.each(DEEP_TYPES)('%s: the catalog example and the default sample', (type) => {
    const def = definition(type);
    expect(undocumented(def.payload, def.example, 'example')).toEqual([]);
    const events = translateMetaBody(metaSampleBody(type, OPTS), RECEIVED).flatMap((r) => r.events);
    expect(undocumented(def.payload, events[0].data, 'sample')).toEqual([]);
  });

  it('the check finds an undocumented nested key', () => {
    const def = definition('message.received');
    expect(undocumented(def.payload, { message_id: 'x', user: { wa_id: '1', phone: '1' } }, 'data')).toEqual(['data.user.phone']);
    const group = definition('group.participants_updated');
    expect(undocumented(group.payload, { group_id: 'g', added_participants: [{ wa_id: '1' }, { lid: '2' }] }, 'data')).toEqual([
      'data.added_participants[1].lid',
    ]);
    const edited = definition('message.edited');
    expect(undocumented(edited.payload, { message_id: 'x', message: { message_type: 'text', text: { body: 'b', extra: 1 } } }, 'data')).toEqual([
      'data.message.text.extra',
    ]);
  });
});
