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

describe('history → history.synced with business-scoped user ids', () => {
  const META = { display_phone_number: '15550100001', phone_number_id: '117263540981001' };
  const BSUID = 'US.13491208655302741918';

  it("names each thread's user from its context and reads BSUID-only senders", () => {
    const [event] = HISTORY_TRANSLATOR.translate(
      {
        metadata: META,
        history: [
          {
            metadata: { phase: 1, chunk_order: 2, progress: 40 },
            threads: [
              {
                context: { user_id: BSUID, parent_user_id: 'US.ENT.118157992128', username: '@anatorres' },
                messages: [
                  { from_user_id: BSUID, id: 'wamid.H1', timestamp: '1778400000', type: 'text', text: { body: 'hello' }, history_context: { status: 'READ' } },
                  {
                    from: '15550100001',
                    to_user_id: BSUID,
                    id: 'wamid.H2',
                    timestamp: '1778400060',
                    type: 'text',
                    text: { body: 'hi!' },
                    history_context: { status: 'DELIVERED' },
                  },
                ],
              },
            ],
          },
        ],
      },
      { wabaId: 'w', receivedAt: RECEIVED },
    );
    const [thread] = event.data.threads as Record<string, unknown>[];
    expect(thread.id).toBeUndefined();
    expect(thread.user).toEqual({ user_id: BSUID, parent_user_id: 'US.ENT.118157992128', username: '@anatorres' });
    expect(thread.messages).toEqual([
      { message_id: 'wamid.H1', from_user_id: BSUID, timestamp: '2026-05-10T08:00:00Z', message_type: 'text', text: { body: 'hello' }, status: 'READ' },
      {
        message_id: 'wamid.H2',
        from: '15550100001',
        timestamp: '2026-05-10T08:01:00Z',
        message_type: 'text',
        text: { body: 'hi!' },
        to_user_id: BSUID,
        status: 'DELIVERED',
      },
    ]);
  });

  it('drops and reports one unreadable history message, keeping the chunk and the other messages', () => {
    const ctx: TranslationContext = { wabaId: 'w', receivedAt: RECEIVED, unreadable: [] };
    const events = HISTORY_TRANSLATOR.translate(
      {
        metadata: META,
        history: [
          {
            threads: [
              {
                id: '16505550123',
                messages: [
                  { type: 'text', text: { body: 'no id' } },
                  { from: '16505550123', id: 'wamid.OK', type: 'text', text: { body: 'ok' } },
                ],
              },
            ],
          },
        ],
      },
      ctx,
    );
    expect(events).toHaveLength(1);
    const [thread] = events[0].data.threads as { messages: { message_id: string }[] }[];
    expect(thread.messages.map((m) => m.message_id)).toEqual(['wamid.OK']);
    expect(ctx.unreadable?.map((u) => [u.path, u.message])).toEqual([['history[0].threads[0].messages[0]', 'history: missing message id']]);
  });

  it('turns media follow-ups (messages[] and message_echoes[]) into one-message threads', () => {
    const events = HISTORY_TRANSLATOR.translate(
      {
        metadata: META,
        contacts: [{ profile: { username: '@anatorres' }, wa_id: '16505550123', user_id: BSUID }],
        messages: [
          { from: '16505550123', from_user_id: BSUID, id: 'wamid.M1', timestamp: '1778400000', type: 'image', image: { id: '99', mime_type: 'image/jpeg' } },
        ],
        message_echoes: [
          { from: '15550100001', to_user_id: BSUID, id: 'wamid.M2', timestamp: '1778400100', type: 'document', document: { id: '98', filename: 'a.pdf' } },
        ],
      },
      { wabaId: 'w', receivedAt: RECEIVED },
    );
    expect(events.map((e) => e.type)).toEqual(['history.synced', 'history.synced']);
    expect(events[0].key).not.toBe(events[1].key);
    expect(events[0].data.threads).toEqual([
      {
        id: '16505550123',
        user: { wa_id: '16505550123', user_id: BSUID, username: '@anatorres' },
        messages: [
          {
            message_id: 'wamid.M1',
            from: '16505550123',
            from_user_id: BSUID,
            timestamp: '2026-05-10T08:00:00Z',
            message_type: 'image',
            image: { id: '99', mime_type: 'image/jpeg' },
          },
        ],
      },
    ]);
    expect((events[1].data.threads as { user: unknown }[])[0].user).toEqual({ wa_id: '16505550123', user_id: BSUID, username: '@anatorres' });
  });
});
