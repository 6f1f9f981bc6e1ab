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
