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
import { HISTORY_TRANSLATOR } from './history.translator';

describe('history → history.synced', () => {
  it('translates a chunk with typed messages and their status', () => {
    const { value, ctx } = fixture('history-chunk.json');
    const events = HISTORY_TRANSLATOR.translate(value, ctx);
    expect(events).toHaveLength(1);
    expect(events[0].type).toBe('history.synced');
    expect(events[0].phoneNumberId).toBe('117263540981001');
    expect(events[0].data).toEqual({
      display_phone_number: '15550100001',
      phase: 0,
      chunk_order: 1,
      progress: 100,
      threads: [
        {
          id: '16505550123',
          user: { wa_id: '16505550123' },
          messages: [
            {
              message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzRkE1MDhGMjE0RTM5MEQ1RUEA',
              from: '16505550123',
              timestamp: '2026-05-10T17:00:00Z',
              message_type: 'text',
              text: { body: 'Is the shop open on Sunday?' },
              status: 'READ',
            },
            {
              message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI5QkE2NjA0NzI0QTk2NTMyMDAA',
              from: '15550100001',
              to: '16505550123',
              timestamp: '2026-05-10T17:01:00Z',
              message_type: 'image',
              image: { mime_type: 'image/jpeg', sha256: 'b1pF0EFhWmFzdXJlZEhhc2hWYWx1ZUZvclRlc3Q=', caption: 'Our Sunday hours' },
              status: 'DELIVERED',
            },
          ],
        },
      ],
    });
  });

  it('translates a declined history share', () => {
    const { value, ctx } = fixture('history-declined.json');
    const [event] = HISTORY_TRANSLATOR.translate(value, ctx);
    expect(event.data).toEqual({
      display_phone_number: '15550100001',
      threads: [],
      errors: [
        {
          code: 2593109,
          title: 'History sync is turned off by the business from the WhatsApp Business App',
          message: 'History sync is turned off by the business from the WhatsApp Business App',
          details: 'History sync is turned off by the business from the WhatsApp Business App',
        },
      ],
    });
  });
});
