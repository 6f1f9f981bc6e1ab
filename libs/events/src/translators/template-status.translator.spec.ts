import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetaWebhookBody } from '../meta/meta-webhook.types';
import { TranslationContext, UnreadableChangeError } from './translator.types';

const FIXTURES = join(__dirname, '../../../../test/fixtures/meta');
function fixture(name: string): { value: unknown; ctx: TranslationContext } {
  const body = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as MetaWebhookBody;
  const entry = body.entry![0];
  return { value: entry.changes![0].value, ctx: { wabaId: entry.id, entryTime: entry.time, receivedAt: RECEIVED } };
}
const RECEIVED = new Date('2026-05-11T12:00:00Z');
void UnreadableChangeError;
import { TEMPLATE_STATUS_TRANSLATOR } from './template-status.translator';

describe('message_template_status_update → template.status_updated', () => {
  it('translates APPROVED', () => {
    const { value, ctx } = fixture('template-status-approved.json');
    const [event] = TEMPLATE_STATUS_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('template.status_updated');
    expect(event.occurredAt).toEqual(new Date(1778491400 * 1000));
    expect(event.phoneNumberId).toBeNull();
    expect(event.key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(event.data).toEqual({
      template_id: '1437190053021874',
      template_name: 'order_shipped',
      language: 'en_US',
      status: 'APPROVED',
      reason: 'NONE',
      category: 'UTILITY',
    });
  });

  it('translates REJECTED with rejection_info', () => {
    const { value, ctx } = fixture('template-status-rejected.json');
    const [event] = TEMPLATE_STATUS_TRANSLATOR.translate(value, ctx);
    expect(event.data).toEqual({
      template_id: '1437190053021877',
      template_name: 'spring_sale_reminder',
      language: 'en',
      status: 'REJECTED',
      reason: 'INVALID_FORMAT',
      category: 'MARKETING',
      rejection_info: {
        reason: 'Your template has parameters placed next to each other (like {{1}}{{2}}) without text or punctuation between them.',
        recommendation: 'Separate parameters with descriptive text and ensure each parameter is clearly contextualized.',
      },
    });
  });

  it('translates PAUSED with other_info', () => {
    const { value, ctx } = fixture('template-status-paused.json');
    const [event] = TEMPLATE_STATUS_TRANSLATOR.translate(value, ctx);
    expect(event.data.status).toBe('PAUSED');
    expect(event.data.other_info).toEqual({
      title: 'FIRST_PAUSE',
      description: 'Your WhatsApp message template has been paused for 3 hours until May 11 at 12:26 PM UTC because it had issues.',
    });
  });

  it('gives the same key to the same change and a different one to another', () => {
    const a = fixture('template-status-approved.json');
    const b = fixture('template-status-rejected.json');
    const k1 = TEMPLATE_STATUS_TRANSLATOR.translate(a.value, a.ctx)[0].key;
    const k2 = TEMPLATE_STATUS_TRANSLATOR.translate(JSON.parse(JSON.stringify(a.value)), { ...a.ctx, receivedAt: new Date() })[0].key;
    const k3 = TEMPLATE_STATUS_TRANSLATOR.translate(b.value, b.ctx)[0].key;
    expect(k2).toBe(k1);
    expect(k3).not.toBe(k1);
  });

  it('rejects a change without template id', () => {
    expect(() => TEMPLATE_STATUS_TRANSLATOR.translate({ event: 'APPROVED' }, { wabaId: 'w', receivedAt: RECEIVED })).toThrow(
      'message_template_status_update: missing message_template_id',
    );
    expect(() => TEMPLATE_STATUS_TRANSLATOR.translate(null, { wabaId: 'w', receivedAt: RECEIVED })).toThrow(UnreadableChangeError);
  });

  it('leaves reason out when Meta sends null (scheduled for deletion) and keeps any reason code as a string', () => {
    const ctx = { wabaId: 'w', entryTime: 1778491400, receivedAt: RECEIVED };
    const base = { message_template_id: 1437190053021874, message_template_name: 'order_shipped', message_template_language: 'en_US' };
    expect(TEMPLATE_STATUS_TRANSLATOR.translate({ ...base, event: 'PENDING_DELETION', reason: null }, ctx)[0].data).toEqual({
      template_id: '1437190053021874',
      template_name: 'order_shipped',
      language: 'en_US',
      status: 'PENDING_DELETION',
    });
    expect(TEMPLATE_STATUS_TRANSLATOR.translate({ ...base, event: 'REJECTED', reason: 'TAG_CONTENT_MISMATCH' }, ctx)[0].data.reason).toBe(
      'TAG_CONTENT_MISMATCH',
    );
  });

  it('gives disable_date as ISO-8601 from Unix seconds (number or text), else as Meta wrote it', () => {
    const ctx = { wabaId: 'w', entryTime: 1778491400, receivedAt: RECEIVED };
    const base = { message_template_id: 1437190053021874, event: 'DISABLED', reason: 'NONE' };
    const date = (disable_date: unknown) => TEMPLATE_STATUS_TRANSLATOR.translate({ ...base, disable_info: { disable_date } }, ctx)[0].data.disable_date;
    expect(date(1779062400)).toBe('2026-05-18T00:00:00Z');
    expect(date('1779062400')).toBe('2026-05-18T00:00:00Z');
    expect(date('May 18, 2026')).toBe('May 18, 2026');
    expect(date(null)).toBeUndefined();
  });
});
