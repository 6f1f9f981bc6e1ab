import 'reflect-metadata';
import { EVENT_CATALOG } from '../catalog/event-catalog';
import { EventEnvelope } from '../envelope';
import { translatedSampleData } from '../testing/translated-samples';
import { redactedHash, shapeEnvelope } from './envelope-shaping';
import { payloadSkeleton } from './payload-skeleton';
import { REDACTION_CLASSES } from './payload-options';
import { REDACTION_RULES, UNREDACTED_CATEGORIES } from './redaction-rules';

const KEY = Buffer.alloc(32, 7);
const SAMPLES = translatedSampleData();
/** Personal values used by the catalog examples and the Meta samples. */
const PERSONAL = [
  '16505550123',
  '447700900123',
  '16505551234',
  'US.13491208655302741918',
  'GB.20558302741918134912',
  'Ana Torres',
  'anatorres',
  'Chloe Martin',
  'Pablo Morales',
];

function envelopeOf(type: string, data: Record<string, unknown>): EventEnvelope {
  return {
    id: 'evt_1',
    type: type as EventEnvelope['type'],
    created_at: '2026-05-11T08:00:11Z',
    workspace_id: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
    waba_id: '103850127645201',
    phone_number_id: '117263540981001',
    data,
    raw: { field: 'messages', value: { contacts: [{ wa_id: '16505550123', profile: { name: 'Ana Torres' } }] } },
  };
}

/** Every (type, data) pair: each catalog example, every field its payload class documents, every translated Meta sample. */
const CASES: [string, Record<string, unknown>][] = EVENT_CATALOG.flatMap((d) => [
  [d.type, d.example] as [string, Record<string, unknown>],
  [d.type, payloadSkeleton(d.payload)] as [string, Record<string, unknown>],
  ...(SAMPLES[d.type] ?? []).map((data) => [d.type, data] as [string, Record<string, unknown>]),
]);

function keysOf(value: unknown, out = new Map<string, unknown[]>()): Map<string, unknown[]> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.set(k, [...(out.get(k) ?? []), v]);
      keysOf(v, out);
    }
  return out;
}

describe('shapeEnvelope', () => {
  it('builds a skeleton of every documented field of a payload class, nested classes and arrays included', () => {
    const skeleton = payloadSkeleton(EVENT_CATALOG.find((d) => d.type === 'history.synced')!.payload);
    expect(skeleton).toMatchObject({
      threads: [{ id: 'x', user: { wa_id: 'x' }, messages: [{ from: 'x', text: { body: 'x' }, image: { id: 'x', caption: 'x' } }] }],
    });
  });

  it('covers every catalog type with at least its example', () => {
    expect(new Set(CASES.map(([t]) => t))).toEqual(new Set(EVENT_CATALOG.map((d) => d.type)));
    expect(CASES.length).toBeGreaterThan(EVENT_CATALOG.length * 2);
  });

  it.each(CASES.map(([t, d], i) => [t, i, d] as const))(
    '%s #%i: full is the envelope unchanged, without_raw drops raw, thin keeps the envelope only',
    (type, _i, data) => {
      const env = envelopeOf(type, data);
      expect(shapeEnvelope(env, { payload: 'full', redact: [] }, null)).toEqual(env);
      const withoutRaw = shapeEnvelope(env, { payload: 'without_raw', redact: [] }, null);
      expect(withoutRaw).toEqual({ ...env, raw: undefined });
      expect('raw' in withoutRaw).toBe(false);
      expect(Object.keys(shapeEnvelope(env, { payload: 'thin', redact: REDACTION_CLASSES }, KEY)).sort()).toEqual(
        ['created_at', 'id', 'phone_number_id', 'type', 'waba_id', 'workspace_id'].sort(),
      );
      expect(env.data).toBe(data);
    },
  );

  it.each(CASES.map(([t, d], i) => [t, i, d] as const))(
    '%s #%i: every class redacted leaves no personal value and no covered key unhashed',
    (type, _i, data) => {
      const env = envelopeOf(type, data);
      const before = JSON.stringify(env);
      const shaped = shapeEnvelope(env, { payload: 'full', redact: REDACTION_CLASSES }, KEY);
      expect(JSON.stringify(env)).toBe(before);
      expect('raw' in shaped).toBe(false);
      const category = EVENT_CATALOG.find((d) => d.type === type)!.category;
      if (UNREDACTED_CATEGORIES.includes(category)) {
        expect(shaped.data).toEqual(data);
        return;
      }
      const bytes = JSON.stringify(shaped);
      for (const value of PERSONAL) expect(bytes).not.toContain(value);
      const keys = keysOf(shaped.data);
      for (const key of REDACTION_RULES.message_content.keys) expect(keys.has(key)).toBe(false);
      for (const key of [...REDACTION_RULES.phone_numbers.keys, ...REDACTION_RULES.contact_names.keys]) {
        for (const v of keys.get(key) ?? []) expect(JSON.stringify(v)).toMatch(/^("h:[A-Za-z0-9_-]{43}"|null|\[.*\]|\{.*\})$/);
      }
      if (type === 'meta.unmapped_change') expect(shaped.data).not.toHaveProperty('value');
    },
  );

  it('hashes the same value to the same string on one endpoint and to another on another endpoint', () => {
    const data = EVENT_CATALOG.find((d) => d.type === 'message.received')!.example;
    const a = shapeEnvelope(envelopeOf('message.received', data), { payload: 'without_raw', redact: ['phone_numbers'] }, KEY).data!;
    const b = shapeEnvelope(envelopeOf('message.received', data), { payload: 'without_raw', redact: ['phone_numbers'] }, Buffer.alloc(32, 8)).data!;
    expect(a.from).toBe(redactedHash(KEY, '16505550123'));
    expect((a.user as Record<string, unknown>).wa_id).toBe(a.from);
    expect(b.from).not.toBe(a.from);
    // Only the chosen class: names and the text stay.
    expect(a.contact_name).toBe('Ana Torres');
    expect(a.text).toEqual({ body: expect.any(String) });
  });

  it('removes message content without touching identifiers when only message_content is chosen', () => {
    const data = EVENT_CATALOG.find((d) => d.type === 'message.received')!.example;
    const shaped = shapeEnvelope(envelopeOf('message.received', data), { payload: 'full', redact: ['message_content'] }, KEY).data!;
    expect(shaped).not.toHaveProperty('text');
    expect(shaped.from).toBe('16505550123');
    expect(shaped.message_type).toBe('text');
  });

  it('refuses to redact without a key', () => {
    expect(() => shapeEnvelope(envelopeOf('message.received', {}), { payload: 'full', redact: ['phone_numbers'] }, null)).toThrow('redaction key');
  });
});
