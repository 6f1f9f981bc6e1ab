import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_CATALOG } from './catalog/event-catalog';
import { buildEnvelope, EventEnvelope } from './envelope';
import { META_SAMPLE_TYPES, metaSampleBody } from './testing/meta-samples';
import { MetaChange, MetaWebhookBody } from './meta/meta-webhook.types';
import { findTranslator, META_TRANSLATORS } from './translators/translator-registry';
import { TranslatedEvent } from './translators/translator.types';

/**
 * Event ids over every event type produced from Meta: the Meta sample of each of META_SAMPLE_TYPES and every body
 * in test/fixtures/meta goes through its translator and buildEnvelope, and the ids must
 * (a) survive a byte-identical resend, (b) change with the WABA, the number, the field or any value
 * that identifies the event, (c) never be shared by two events of one POST.
 */

const WORKSPACE = '5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11';
const RECEIVED = new Date('2026-05-11T12:00:00Z');
const OPTS = { wabaId: '103850127645201', phoneNumberId: '117263540981001', displayPhoneNumber: '15550100001' };
const FIXTURES = join(__dirname, '../../../test/fixtures/meta');

interface Corpus {
  name: string;
  body: MetaWebhookBody;
}

const SAMPLES: Corpus[] = META_SAMPLE_TYPES.map((type) => ({ name: `sample ${type}`, body: metaSampleBody(type, OPTS) }));
const FIXTURE_BODIES: Corpus[] = readdirSync(FIXTURES)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((name) => ({ name: `fixture ${name}`, body: JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as MetaWebhookBody }));
const CORPUS = [...SAMPLES, ...FIXTURE_BODIES];

interface Translated {
  entryId: string;
  change: MetaChange;
  event: TranslatedEvent;
  envelope: EventEnvelope;
}

/** Every event of a POST with its envelope, the way the ingest builds it (unknown fields skipped). */
function translate(body: MetaWebhookBody, receivedAt = RECEIVED, fieldOverride?: string): Translated[] {
  const out: Translated[] = [];
  for (const entry of body.entry ?? []) {
    const entryId = String(entry.id);
    for (const original of entry.changes ?? []) {
      const change = fieldOverride ? { ...original, field: fieldOverride } : original;
      const translator = findTranslator(change.field);
      if (!translator) continue;
      const events = translator.translate(change.value, { wabaId: entryId, entryTime: entry.time, receivedAt, unreadable: [] });
      for (const event of events) {
        const route = event.route;
        const wabaId = route ? ('wabaId' in route ? route.wabaId : null) : entryId;
        out.push({ entryId, change, event, envelope: buildEnvelope(WORKSPACE, entryId, wabaId, change, event) });
      }
    }
  }
  return out;
}

const ids = (body: MetaWebhookBody, receivedAt?: Date) => translate(body, receivedAt).map((t) => t.envelope.id);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A body with one change: the usual shape of Meta's POSTs and of every sample. */
function singleChange(body: MetaWebhookBody): boolean {
  const entries = body.entry ?? [];
  return entries.length === 1 && (entries[0].changes ?? []).length === 1;
}

type Path = (string | number)[];

/** Every leaf (scalar, null, empty array/object) of a JSON value, with its path. */
function leaves(value: unknown, path: Path = []): Path[] {
  if (value !== null && typeof value === 'object') {
    const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    if (children.length === 0) return [path];
    return children.flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [path];
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], root);
}

/** Another value of the same kind, so the change stays readable. */
function mutate(value: unknown): unknown {
  if (typeof value === 'string') return /^\d+$/.test(value) ? String(BigInt(value) + 1n) : `${value}x`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return ['x'];
  if (value === null) return 'x';
  return { x: 1 };
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  const copy = clone(root);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]] = value;
  return copy;
}

const render = (path: Path) =>
  path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .slice(1);

/**
 * Events with an identity of their own keep their id when other values change (a message resent
 * with a new contact name is the same message): for those, only the leaves of their identity must
 * change the id. Every other event is keyed by its full content: every leaf must change the id, except
 * `messaging_product` (always "whatsapp") and the display form of the number (its id has its own test).
 */
const IDENTITY: Record<string, RegExp> = {
  'message.received': /^messages\[\d+\]\.id$/,
  'message.status_updated': /^statuses\[\d+\]\.(id|status|errors\[0\]\.code)$/,
  'message.echoed': /^message_echoes\[\d+\]\.(id|type)$/,
  'call.connecting': /^calls\[\d+\]\.(id|event)$/,
  'call.terminated': /^calls\[\d+\]\.(id|event)$/,
  'call.status_updated': /^statuses\[\d+\]\.(id|status)$/,
  'user.preferences_updated': /^user_preferences\[\d+\]\.(wa_id|category|value|timestamp)$/,
  'message.edited': /^messages\[\d+\]\.id$/,
  'message.deleted': /^messages\[\d+\]\.id$/,
  // The whole rotation item identifies it; the contacts beside it do not.
  'user.id_updated': /^user_id_update\[\d+\]\./,
};
const NOT_IDENTIFYING = /^(messaging_product|metadata\.display_phone_number)$/;

function identifies(type: string, path: string): boolean {
  const identity = IDENTITY[type];
  return identity ? identity.test(path) : !NOT_IDENTIFYING.test(path);
}

/**
 * The events a leaf of the change belongs to: a leaf of item i of an array whose items each gave one
 * event belongs to the i-th event; any other leaf (metadata, a single item) to all of them.
 */
function concernedBy(events: Translated[], value: unknown, path: Path): Translated[] {
  const [key, index] = path;
  const items = typeof key === 'string' ? (value as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(items) || typeof index !== 'number' || items.length === 1) return events;
  return items.length === events.length ? [events[index]] : [];
}

describe('Meta event ids', () => {
  it('every catalog type that comes from Meta is produced by at least one sample or fixture', () => {
    const produced = new Set(CORPUS.flatMap(({ body }) => translate(body).map((t) => t.event.type)));
    const uncovered = EVENT_CATALOG.filter((d) => d.metaField !== null && !produced.has(d.type)).map((d) => d.type);
    expect(uncovered).toEqual([]);
  });

  it('every envelope carries the event time as an ISO 8601 timestamp with milliseconds, the same instant as created_at', () => {
    for (const { envelope, event } of CORPUS.flatMap(({ body }) => translate(body))) {
      expect(envelope.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(envelope.timestamp).toBe(event.occurredAt.toISOString());
      expect(Date.parse(envelope.created_at)).toBe(Math.floor(Date.parse(envelope.timestamp!) / 1000) * 1000);
    }
  });

  it('every sample and fixture yields events, each sample exactly one', () => {
    for (const { name, body } of CORPUS) expect({ name, events: translate(body).length > 0 }).toEqual({ name, events: true });
    for (const { name, body } of SAMPLES) expect({ name, events: translate(body).length }).toEqual({ name, events: 1 });
  });

  it.each(CORPUS.map((c) => [c.name, c.body] as const))('%s: a byte-identical resend gets the same ids', (_name, body) => {
    const resent = JSON.parse(JSON.stringify(body)) as MetaWebhookBody;
    expect(ids(resent, new Date('2026-05-11T12:05:00Z'))).toEqual(ids(body));
  });

  it.each(CORPUS.map((c) => [c.name, c.body] as const))('%s: no two events of the POST share an id', (_name, body) => {
    const all = ids(body);
    expect(new Set(all).size).toBe(all.length);
  });

  it('no two events share an id when every sample is batched in one POST', () => {
    const body: MetaWebhookBody = { object: 'whatsapp_business_account', entry: SAMPLES.flatMap((s) => s.body.entry ?? []) };
    const all = ids(body);
    expect(all).toHaveLength(SAMPLES.length);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(CORPUS.map((c) => [c.name, c.body] as const))('%s: another entry id (WABA or portfolio) gives other ids', (_name, body) => {
    const moved = clone(body);
    for (const entry of moved.entry ?? []) entry.id = `${entry.id}9`;
    const before = new Set(ids(body));
    expect(ids(moved).filter((id) => before.has(id))).toEqual([]);
  });

  it.each(CORPUS.map((c) => [c.name, c.body] as const))('%s: another phone number id gives other ids', (_name, body) => {
    const moved = clone(body);
    let changed = false;
    for (const entry of moved.entry ?? []) {
      for (const change of entry.changes ?? []) {
        const metadata = (change.value as { metadata?: { phone_number_id?: string } } | null)?.metadata;
        if (metadata?.phone_number_id !== undefined) {
          metadata.phone_number_id = `${metadata.phone_number_id}9`;
          changed = true;
        }
      }
    }
    if (!changed) return; // Management fields carry no phone number id.
    const before = new Set(ids(body));
    expect(ids(moved).filter((id) => before.has(id))).toEqual([]);
  });

  it.each(CORPUS.filter((c) => singleChange(c.body)).map((c) => [c.name, c.body] as const))(
    '%s: the same value under another field gives other ids',
    (_name, body) => {
      const before = new Set(ids(body));
      const own = body.entry![0].changes![0].field;
      for (const { field } of META_TRANSLATORS.filter((t) => t.field !== own)) {
        let under: string[];
        try {
          under = translate(body, RECEIVED, field).map((t) => t.envelope.id);
        } catch {
          continue; // That field's translator cannot read this value: nothing to collide with.
        }
        expect({ field, shared: under.filter((id) => before.has(id)) }).toEqual({ field, shared: [] });
      }
    },
  );

  it('the echo fields, which share a translator, id the same echo apart', () => {
    const body = metaSampleBody('message.echoed', OPTS);
    const echoes = translate(body, RECEIVED, 'message_echoes');
    const smb = translate(body, RECEIVED, 'smb_message_echoes');
    expect(echoes).toHaveLength(1);
    expect(smb).toHaveLength(1);
    expect(echoes[0].envelope.id).not.toBe(smb[0].envelope.id);
  });

  it.each(CORPUS.filter((c) => singleChange(c.body)).map((c) => [c.name, c.body] as const))(
    '%s: changing any identifying value gives other ids',
    (_name, body) => {
      const original = translate(body);
      const value = body.entry![0].changes![0].value;
      const checked: string[] = [];
      for (const path of leaves(value)) {
        if (path.length === 0) continue;
        const rendered = render(path);
        const concerned = concernedBy(original, value, path).filter((t) => identifies(t.event.type, rendered));
        if (concerned.length === 0) continue;
        const mutated = clone(body);
        mutated.entry![0].changes![0].value = setAt(value, path, mutate(getAt(value, path)));
        let after: Set<string>;
        try {
          after = new Set(ids(mutated));
        } catch {
          continue; // The mutation made the change unreadable: it yields no event, so no id to collide.
        }
        checked.push(rendered);
        expect({ path: rendered, kept: concerned.filter((t) => after.has(t.envelope.id)).map((t) => t.event.type) }).toEqual({
          path: rendered,
          kept: [],
        });
      }
      expect(checked.length).toBeGreaterThan(0);
    },
  );
});
