import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentKey, eachItem, MetaWebhookBody, TranslatorRegistration } from '@app/events';
import { IngestBatcher } from '../ingest-pipeline/ingest-batcher.service';
import { changeKey, MetaIngestService } from './meta-ingest.service';

/** A translator of a made-up field whose items are read one by one, as Meta's array fields are. */
const ITEMS_TRANSLATOR: TranslatorRegistration = {
  field: 'test_items',
  produces: ['message.received'],
  translate: (value, ctx) =>
    eachItem(ctx, 'items', (value as { items?: unknown }).items, (item) => {
      if (typeof item.id !== 'string') throw new Error('item has no id');
      return [{ type: 'message.received', key: item.id, occurredAt: ctx.receivedAt, phoneNumberId: null, data: { message_id: item.id } }];
    }),
};

jest.mock('@app/events', () => {
  const actual = jest.requireActual('@app/events');
  return { ...actual, findTranslator: (field: string) => (field === 'test_items' ? ITEMS_TRANSLATOR : actual.findTranslator(field)) };
});
import { metaOutcome } from './meta-request-metrics.service';

const fixture = (name: string): MetaWebhookBody => JSON.parse(readFileSync(path.resolve(__dirname, '../../../../test/fixtures/meta', name), 'utf8'));

describe('MetaIngestService.translate', () => {
  const service = new MetaIngestService({} as IngestBatcher);
  const receivedAt = new Date('2026-05-12T16:10:17Z');

  it('translates every change of a mixed batch', () => {
    const changes = service.translate(fixture('batch-mixed-fields.json'), receivedAt);
    expect(changes.map((c) => [c.entryId, c.field, c.events.map((e) => e.type), c.unhandled])).toEqual([
      ['103850127645201', 'message_template_status_update', ['template.status_updated'], undefined],
      ['103850127645201', 'message_template_quality_update', ['template.quality_updated'], undefined],
      ['103850127645202', 'phone_number_quality_update', ['phone_number.quality_updated'], undefined],
    ]);
  });

  it('keeps an unknown field and an unreadable value as unhandled without blocking the other changes', () => {
    const body: MetaWebhookBody = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            { field: 'brand_new_field', value: { a: 1 } },
            { field: 'message_template_status_update', value: 42 },
            ...fixture('template-status-approved.json').entry![0].changes!,
          ],
        },
      ],
    };
    const changes = service.translate(body, receivedAt);
    expect(changes[0].unhandled).toEqual({ reason: 'unknown_field', error: expect.stringContaining('brand_new_field') });
    expect(changes[1].unhandled).toEqual({ reason: 'unreadable_value', error: expect.any(String) });
    expect(changes[2].events.map((e) => e.type)).toEqual(['template.status_updated']);
  });

  it('keeps a body of another object whole', () => {
    const body = { object: 'page', entry: [{ id: '9', changes: [] }] };
    expect(service.translate(body, receivedAt)[0].key()).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(service.translate(body, receivedAt)).toEqual([
      {
        object: 'page',
        entryId: null,
        field: null,
        value: body,
        key: expect.any(Function),
        events: [],
        unreadable: [],
        unmapped: [],
        unhandled: { reason: 'unknown_object', error: null },
      },
    ]);
  });

  it('gives a change the same key when Meta resends it, and another key at another time or WABA', () => {
    const body = (time: number, waba = '102290129340398') => ({
      object: 'whatsapp_business_account',
      entry: [{ id: waba, time, changes: [{ field: 'brand_new_field', value: { a: 1, b: [2, 3] } }] }],
    });
    const key = (b: ReturnType<typeof body>) => service.translate(b, receivedAt)[0].key();
    expect(key(body(1778486411))).toBe(key(JSON.parse(JSON.stringify(body(1778486411)))));
    expect(service.translate(body(1778486411), new Date(receivedAt.getTime() + 60_000))[0].key()).toBe(key(body(1778486411)));
    expect(key(body(1778486412))).not.toBe(key(body(1778486411)));
    expect(key(body(1778486411, '999'))).not.toBe(key(body(1778486411)));
  });
});

describe('MetaIngestService.translate: nothing lost or hidden', () => {
  const service = new MetaIngestService({} as IngestBatcher);
  const receivedAt = new Date('2026-05-12T16:10:17Z');
  const body = (changes: unknown[]): MetaWebhookBody => ({
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', time: 1778490400, changes: changes as never }],
  });

  it('keeps an unreadable item with its path and message while its siblings become events', () => {
    const [change] = service.translate(
      body([{ field: 'test_items', value: { items: [{ id: 'a' }, 'not an object', { no: 'id' }, { id: 'b' }] } }]),
      receivedAt,
    );
    expect(change.unhandled).toBeUndefined();
    expect(change.events.map((e) => e.key)).toEqual(['a', 'b']);
    expect(change.unreadable.map(({ path, value, message }) => ({ path, value, message }))).toEqual([
      { path: 'items[1]', value: 'not an object', message: expect.stringContaining('not an object') },
      { path: 'items[2]', value: { no: 'id' }, message: 'item has no id' },
    ]);
    expect(change.unreadable[0].key()).not.toBe(change.unreadable[1].key());
    expect(change.unmapped.map((e) => [e.type, e.data.reason, e.data.path])).toEqual([
      ['meta.unmapped_change', 'unreadable', 'items[1]'],
      ['meta.unmapped_change', 'unreadable', 'items[2]'],
    ]);
  });

  it('carries an unknown field and an unreadable value as meta.unmapped_change too', () => {
    const [unknown, unreadable] = service.translate(
      body([
        { field: 'brand_new_field', value: { a: 1 } },
        { field: 'message_template_status_update', value: 42 },
      ]),
      receivedAt,
    );
    expect(unknown.unmapped.map((e) => e.data)).toEqual([{ field: 'brand_new_field', reason: 'no_translator', entry_id: '102290129340398', value: { a: 1 } }]);
    expect(unreadable.unmapped.map((e) => e.data)).toEqual([
      { field: 'message_template_status_update', reason: 'unreadable', message: unreadable.unhandled!.error, entry_id: '102290129340398', value: 42 },
    ]);
  });

  it('keeps a change nested deeper than the limit as too_deep, its value as JSON text, without translating it', () => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const [change] = service.translate(body([{ field: 'messages', value: { deep } }]), receivedAt);
    expect(change.unhandled).toEqual({ reason: 'too_deep', error: expect.stringContaining('deeper') });
    expect(change.value).toBe(`{"deep":${'['.repeat(10_001)}${']'.repeat(10_001)}}`);
    expect(change.key()).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(change.unmapped[0].data).toMatchObject({ reason: 'unreadable', value: change.value });
  });

  it('reads a field that is not a string as missing, even a deeply nested array', () => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const [change] = service.translate(body([{ field: deep, value: {} }]), receivedAt);
    expect(change.field).toBe('');
    expect(change.unhandled?.reason).toBe('unknown_field');
  });

  it('computes the same change keys as contentKey (keys stored before stay valid)', () => {
    const value = { b: [1, { d: 2, c: 3 }], a: 'x' };
    expect(changeKey('1:f', 1778490400, value)).toBe(contentKey('1:f', { wabaId: '1', entryTime: 1778490400, receivedAt }, value));
    expect(changeKey('object:page', undefined, value)).toBe(contentKey('object:page', { wabaId: '', receivedAt }, value));
  });
});

describe('metaOutcome', () => {
  it('labels answers by status', () => {
    expect([200, 400, 401, 413, 503, 500, 404].map(metaOutcome)).toEqual([
      'accepted',
      'bad_request',
      'invalid_signature',
      'payload_too_large',
      'unavailable',
      'error',
      'http_404',
    ]);
  });
});
