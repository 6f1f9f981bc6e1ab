import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetaWebhookBody } from '../meta/meta-webhook.types';
import { TranslationContext, UnreadableChangeError } from './translator.types';
import { USER_ID_UPDATE_TRANSLATOR } from './user-id-update.translator';

const FIXTURES = join(__dirname, '../../../../test/fixtures/meta');
const RECEIVED = new Date('2026-05-11T12:00:00Z');
const fixtureValue = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(join(FIXTURES, 'user-id-update.json'), 'utf8')) as MetaWebhookBody).entry![0].changes![0].value as Record<string, unknown>;
const ctx: TranslationContext = { wabaId: '102290129340398', receivedAt: RECEIVED };
const translate = (value: unknown, context = ctx) => USER_ID_UPDATE_TRANSLATOR.translate(value, context);

describe('user_id_update → user.id_updated', () => {
  it('translates a BSUID rotation with previous and current ids (fixture)', () => {
    const [event] = translate(fixtureValue());
    expect(event).toEqual({
      type: 'user.id_updated',
      key: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as unknown,
      occurredAt: new Date(1750031000 * 1000),
      phoneNumberId: '106540352242922',
      displayPhoneNumber: '15550783881',
      data: {
        previous_user_id: 'US.13491208655302741918',
        current_user_id: 'US.20385511893361028471',
        previous_parent_user_id: 'US.ENT.11815799212886844830',
        current_parent_user_id: 'US.ENT.20917745601238845571',
        wa_id: '16505551234',
        detail: 'User id for Pablo M. has been updated.',
        timestamp: '2025-06-15T23:43:20Z',
        user: { wa_id: '16505551234', user_id: 'US.20385511893361028471', parent_user_id: 'US.ENT.20917745601238845571', name: 'Pablo M.' },
        display_phone_number: '15550783881',
      },
    });
  });

  it('keys by content: a resend keeps the key, any other value changes it', () => {
    const key = (value: unknown) => translate(value)[0].key;
    const value = fixtureValue();
    expect(key(fixtureValue())).toBe(key(value));
    const items = value.user_id_update as Record<string, unknown>[];
    expect(key({ ...value, user_id_update: [{ ...items[0], timestamp: '1750031001' }] })).not.toBe(key(value));
    expect(key({ ...value, user_id_update: [{ ...items[0], user_id: { previous: 'US.1', current: 'US.2' } }] })).not.toBe(key(value));
    expect(key({ ...value, metadata: { display_phone_number: '15550100002', phone_number_id: '999' } })).not.toBe(key(value));
  });

  it('reads an update without phone number or parent BSUID, taking the profile from the contact under the previous BSUID', () => {
    const [event] = translate({
      metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
      contacts: [{ profile: { name: 'Pablo M.', username: '@pablomorales' }, user_id: 'US.1349' }],
      user_id_update: [{ detail: 'User id for Pablo M. has been updated.', user_id: { previous: 'US.1349', current: 'US.2038' }, timestamp: '1750031000' }],
    });
    expect(event.data).toEqual({
      previous_user_id: 'US.1349',
      current_user_id: 'US.2038',
      detail: 'User id for Pablo M. has been updated.',
      timestamp: '2025-06-15T23:43:20Z',
      user: { user_id: 'US.2038', username: '@pablomorales', name: 'Pablo M.' },
      display_phone_number: '15550783881',
    });
  });

  it('emits one event per item and reports an item without a current BSUID', () => {
    const collecting: TranslationContext = { ...ctx, unreadable: [] };
    const events = translate(
      {
        user_id_update: [
          { user_id: { previous: 'US.1' }, timestamp: '1' },
          { user_id: { previous: 'US.1', current: 'US.2' }, timestamp: '2' },
          { user_id: { previous: 'US.3', current: 'US.4' }, timestamp: '3' },
        ],
      },
      collecting,
    );
    expect(events.map((e) => e.data.current_user_id)).toEqual(['US.2', 'US.4']);
    expect(collecting.unreadable?.map((u) => [u.path, u.message])).toEqual([['user_id_update[0]', 'user_id_update: update has no user_id.current']]);
  });

  it('rejects a value without user_id_update array', () => {
    expect(() => translate({ metadata: {} })).toThrow('user_id_update: value has no user_id_update array');
    expect(() => translate(null)).toThrow(UnreadableChangeError);
  });
});
