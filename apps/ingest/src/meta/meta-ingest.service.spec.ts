import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MetaWebhookBody } from '@app/events';
import { IngestBatcher } from '../ingest-pipeline/ingest-batcher.service';
import { MetaIngestService } from './meta-ingest.service';
import { metaOutcome } from './meta-request-metrics.service';

const fixture = (name: string): MetaWebhookBody =>
  JSON.parse(readFileSync(path.resolve(__dirname, '../../../../test/fixtures/meta', name), 'utf8'));

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
      { object: 'page', entryId: null, field: null, value: body, key: expect.any(Function), events: [], unreadable: [], unmapped: [], unhandled: { reason: 'unknown_object', error: null } },
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

describe('metaOutcome', () => {
  it('labels answers by status', () => {
    expect([200, 400, 401, 413, 503, 500, 404].map(metaOutcome)).toEqual([
      'accepted', 'bad_request', 'invalid_signature', 'payload_too_large', 'unavailable', 'error', 'http_404',
    ]);
  });
});
