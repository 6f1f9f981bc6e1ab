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
import { USER_PREFERENCES_TRANSLATOR } from './user-preferences.translator';

describe('user_preferences → user.preferences_updated', () => {
  it('translates a marketing stop', () => {
    const { value, ctx } = fixture('user-preferences-stop.json');
    expect(USER_PREFERENCES_TRANSLATOR.translate(value, ctx)).toEqual([
      {
        type: 'user.preferences_updated',
        key: '447700900123:marketing_messages:stop:1778495600',
        occurredAt: new Date(1778495600 * 1000),
        phoneNumberId: '117263540981001',
        displayPhoneNumber: '15550100001',
        data: {
          wa_id: '447700900123',
          user: { wa_id: '447700900123', name: 'Chloe Martin' },
          contact_name: 'Chloe Martin',
          category: 'marketing_messages',
          value: 'stop',
          detail: 'User requested to stop marketing messages',
          timestamp: '2026-05-11T10:33:20Z',
          display_phone_number: '15550100001',
        },
      },
    ]);
  });

  it('emits one event per preference', () => {
    const events = USER_PREFERENCES_TRANSLATOR.translate(
      {
        user_preferences: [
          { wa_id: '1', category: 'marketing_messages', value: 'stop', timestamp: 1 },
          { wa_id: '1', category: 'marketing_messages', value: 'resume', timestamp: 2 },
        ],
      },
      { wabaId: 'w', receivedAt: RECEIVED },
    );
    expect(events.map((e) => e.key)).toEqual(['1:marketing_messages:stop:1', '1:marketing_messages:resume:2']);
  });
});

describe('user_preferences → user.preferences_updated with business-scoped user ids', () => {
  const META = { display_phone_number: '15550100001', phone_number_id: '117263540981001' };

  it('reads a preference that names its user by BSUID only (no wa_id)', () => {
    const [event] = USER_PREFERENCES_TRANSLATOR.translate(
      {
        messaging_product: 'whatsapp',
        metadata: META,
        contacts: [{ profile: { name: 'Chloe Martin', username: '@chloem' }, user_id: 'GB.20558302741918134912', parent_user_id: 'GB.ENT.118157992128' }],
        user_preferences: [
          {
            user_id: 'GB.20558302741918134912',
            parent_user_id: 'GB.ENT.118157992128',
            detail: 'User requested to resume marketing messages',
            category: 'marketing_messages',
            value: 'resume',
            timestamp: 1778495600,
          },
        ],
      },
      { wabaId: 'w', receivedAt: RECEIVED },
    );
    expect(event.key).toBe('GB.20558302741918134912:marketing_messages:resume:1778495600');
    expect(event.data).toEqual({
      user_id: 'GB.20558302741918134912',
      parent_user_id: 'GB.ENT.118157992128',
      user: { user_id: 'GB.20558302741918134912', parent_user_id: 'GB.ENT.118157992128', username: '@chloem', name: 'Chloe Martin' },
      contact_name: 'Chloe Martin',
      category: 'marketing_messages',
      value: 'resume',
      detail: 'User requested to resume marketing messages',
      timestamp: '2026-05-11T10:33:20Z',
      display_phone_number: '15550100001',
    });
    expect(event.data.wa_id).toBeUndefined();
  });

  it('reports a preference naming nobody and keeps its siblings', () => {
    const ctx: TranslationContext = { wabaId: 'w', receivedAt: RECEIVED, unreadable: [] };
    const events = USER_PREFERENCES_TRANSLATOR.translate(
      {
        user_preferences: [
          { category: 'marketing_messages', value: 'stop', timestamp: 1 },
          { wa_id: '447700900123', category: 'marketing_messages', value: 'stop', timestamp: 2 },
        ],
      },
      ctx,
    );
    expect(events.map((e) => e.key)).toEqual(['447700900123:marketing_messages:stop:2']);
    expect(ctx.unreadable?.map((u) => [u.path, u.message])).toEqual([['user_preferences[0]', 'user_preferences: preference has neither wa_id nor user_id']]);
  });
});
