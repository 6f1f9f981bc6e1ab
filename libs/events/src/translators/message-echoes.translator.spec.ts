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
import { MESSAGE_ECHOES_TRANSLATOR, SMB_MESSAGE_ECHOES_TRANSLATOR } from './message-echoes.translator';

describe('smb_message_echoes / message_echoes → message.echoed', () => {
  it('translates a message the business sent from the app', () => {
    const { value, ctx } = fixture('smb-message-echoes.json');
    expect(SMB_MESSAGE_ECHOES_TRANSLATOR.translate(value, ctx)).toEqual([
      {
        type: 'message.echoed',
        key: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJBNjQ3RDg5QjhGQzk4RTI0MkEA:text',
        occurredAt: new Date(1778490300 * 1000),
        phoneNumberId: '117263540981001',
        displayPhoneNumber: '15550100001',
        data: {
          message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJBNjQ3RDg5QjhGQzk4RTI0MkEA',
          from: '15550100001',
          to: '16505550123',
          user: { wa_id: '16505550123' },
          timestamp: '2026-05-11T09:05:00Z',
          message_type: 'text',
          text: { body: 'Yes, size 38 is in stock. Want me to reserve a pair?' },
          display_phone_number: '15550100001',
          source: 'smb_message_echoes',
        },
      },
    ]);
  });

  it('reads message_echoes the same way and names its source', () => {
    const { value, ctx } = fixture('smb-message-echoes.json');
    const [event] = MESSAGE_ECHOES_TRANSLATOR.translate(value, ctx);
    expect(event.data.source).toBe('message_echoes');
  });

  it('rejects a value without message_echoes', () => {
    expect(() => SMB_MESSAGE_ECHOES_TRANSLATOR.translate({ metadata: {} }, { wabaId: 'w', receivedAt: RECEIVED })).toThrow(
      'smb_message_echoes: value has no message_echoes array',
    );
  });
});

describe('message.echoed — edits, revokes and business-scoped user ids', () => {
  const META = { display_phone_number: '15550100001', phone_number_id: '117263540981001' };
  const ctx: TranslationContext = { wabaId: 'w', receivedAt: RECEIVED };
  const echo = (message: Record<string, unknown>, contacts: unknown[] = []) =>
    SMB_MESSAGE_ECHOES_TRANSLATOR.translate(
      {
        messaging_product: 'whatsapp',
        metadata: META,
        contacts,
        message_echoes: [{ from: '15550100001', id: 'wamid.E1', timestamp: '1778490300', ...message }],
      },
      ctx,
    )[0];

  it('types an echoed edit with its original_message_id and new content', () => {
    const event = echo({
      to: '16505550123',
      type: 'edit',
      edit: { original_message_id: 'wamid.ORIG', message: { type: 'text', text: { body: 'Open 9:00-19:00' } } },
    });
    expect(event.type).toBe('message.echoed');
    expect(event.key).toBe('wamid.E1:edit');
    expect(event.data.edit).toEqual({ original_message_id: 'wamid.ORIG', message: { message_type: 'text', text: { body: 'Open 9:00-19:00' } } });
  });

  it('types an echoed revoke with its original_message_id', () => {
    const event = echo({ to: '16505550123', type: 'revoke', revoke: { original_message_id: 'wamid.ORIG' } });
    expect(event.key).toBe('wamid.E1:revoke');
    expect(event.data.revoke).toEqual({ original_message_id: 'wamid.ORIG' });
  });

  it('names the user written to by BSUID when Meta omits the phone number', () => {
    const event = echo({ to_user_id: 'US.13491208655302741918', to_parent_user_id: 'US.ENT.11815799212886844830', type: 'text', text: { body: 'hi' } }, [
      { profile: { username: '@anatorres' }, user_id: 'US.13491208655302741918', parent_user_id: 'US.ENT.11815799212886844830' },
    ]);
    expect(event.data.to).toBeUndefined();
    expect(event.data.to_user_id).toBe('US.13491208655302741918');
    expect(event.data.to_parent_user_id).toBe('US.ENT.11815799212886844830');
    expect(event.data.user).toEqual({ user_id: 'US.13491208655302741918', parent_user_id: 'US.ENT.11815799212886844830', username: '@anatorres' });
  });

  it('reports an echo without id and keeps its siblings', () => {
    const collecting: TranslationContext = { ...ctx, unreadable: [] };
    const events = MESSAGE_ECHOES_TRANSLATOR.translate(
      { metadata: META, message_echoes: [{ type: 'text' }, { id: 'wamid.E2', to: '1', type: 'text', text: { body: 'ok' } }] },
      collecting,
    );
    expect(events.map((e) => e.key)).toEqual(['wamid.E2:text']);
    expect(collecting.unreadable?.map((u) => [u.path, u.message])).toEqual([['message_echoes[0]', 'message_echoes: missing message id']]);
  });
});
