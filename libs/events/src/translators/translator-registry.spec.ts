import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MetaWebhookBody } from '../meta/meta-webhook.types';
import { META_TRANSLATORS, findTranslator, translateMetaBody } from './translator-registry';

const FIXTURES = join(__dirname, '../../../../test/fixtures/meta');
const load = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as MetaWebhookBody;
const RECEIVED = new Date('2026-05-11T12:00:00Z');

describe('translator registry', () => {
  it('has one translator per field and finds them by field', () => {
    const fields = META_TRANSLATORS.map((t) => t.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(findTranslator('messages')?.produces).toEqual(['message.received', 'message.edited', 'message.deleted', 'message.status_updated', 'message.error']);
    expect(findTranslator('message_template_status_update')?.produces).toEqual(['template.status_updated']);
    expect(findTranslator('no_such_field')).toBeUndefined();
  });

  it('covers every field the issue names', () => {
    for (const field of [
      'messages',
      'phone_number_name_update',
      'account_update',
      'automatic_events',
      'message_template_status_update',
      'phone_number_quality_update',
      'message_template_quality_update',
      'template_category_update',
      'message_template_components_update',
      'account_alerts',
      'account_review_update',
      'business_capability_update',
      'user_preferences',
      'security',
    ]) {
      expect(findTranslator(field)?.field).toBe(field);
    }
  });

  it('fans a batched POST with several entries and mixed fields out completely', () => {
    const results = translateMetaBody(load('batch-mixed-fields.json'), RECEIVED);
    expect(results.map((r) => [r.wabaId, r.field, r.events.map((e) => e.type)])).toEqual([
      ['103850127645201', 'message_template_status_update', ['template.status_updated']],
      ['103850127645201', 'message_template_quality_update', ['template.quality_updated']],
      ['103850127645202', 'phone_number_quality_update', ['phone_number.quality_updated']],
    ]);
    expect(results[0].events[0].data).toEqual({
      template_id: '1437190053021895',
      template_name: 'appointment_reminder',
      language: 'en_US',
      status: 'APPROVED',
      reason: 'NONE',
      category: 'UTILITY',
    });
    expect(results[1].events[0].occurredAt).toEqual(new Date(1778490400 * 1000));
    expect(results[2].events[0].data).toEqual({
      display_phone_number: '15550100002',
      event: 'THROUGHPUT_UPGRADE',
      current_limit: 'TIER_UNLIMITED',
    });
    expect(results[2].events[0].occurredAt).toEqual(new Date(1778490401 * 1000));
    expect(results.every((r) => r.unhandled === undefined)).toBe(true);
  });

  it('gives identical keys when Meta resends the same POST', () => {
    const first = translateMetaBody(load('batch-mixed-fields.json'), RECEIVED);
    const again = translateMetaBody(load('batch-mixed-fields.json'), new Date('2026-05-11T13:00:00Z'));
    expect(again.flatMap((r) => r.events.map((e) => e.key))).toEqual(first.flatMap((r) => r.events.map((e) => e.key)));
    expect(new Set(first.flatMap((r) => r.events.map((e) => e.key))).size).toBe(3);
  });

  it('reports unknown fields and unreadable values without blocking the other changes', () => {
    const body: MetaWebhookBody = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '103850127645201',
          time: 1778490400,
          changes: [
            { field: 'brand_new_field', value: { anything: 1 } },
            { field: 'message_template_status_update', value: { event: 'APPROVED' } },
            { field: 'account_review_update', value: { decision: 'APPROVED' } },
          ],
        },
      ],
    };
    const results = translateMetaBody(body, RECEIVED);
    expect(results.map((r) => r.unhandled)).toEqual([
      { reason: 'no_translator', message: 'no translator for field "brand_new_field"' },
      { reason: 'unreadable', message: 'message_template_status_update: missing message_template_id' },
      undefined,
    ]);
    expect(results[2].events.map((e) => e.type)).toEqual(['account.review_updated']);
  });

  it('translates every fixture in test/fixtures/meta without leaving anything unhandled', () => {
    for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.json'))) {
      const results = translateMetaBody(load(name), RECEIVED);
      expect({ name, unhandled: results.filter((r) => r.unhandled).map((r) => r.unhandled) }).toEqual({ name, unhandled: [] });
      expect({ name, events: results.flatMap((r) => r.events).length > 0 }).toEqual({ name, events: true });
    }
  });
});
