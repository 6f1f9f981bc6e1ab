import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetaWebhookBody } from '../meta/meta-webhook.types';
import { TranslationContext, UnreadableChangeError, UnreadableItem } from './translator.types';

const FIXTURES = join(__dirname, '../../../../test/fixtures/meta');
function fixture(name: string): { value: unknown; ctx: TranslationContext } {
  const body = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as MetaWebhookBody;
  const entry = body.entry![0];
  return { value: entry.changes![0].value, ctx: { wabaId: entry.id, entryTime: entry.time, receivedAt: RECEIVED } };
}
const RECEIVED = new Date('2026-05-11T12:00:00Z');
void UnreadableChangeError;
import { SMB_APP_STATE_SYNC_TRANSLATOR } from './smb-app-state-sync.translator';

describe('smb_app_state_sync → contact.synced', () => {
  it('emits one event per contact change', () => {
    const { value, ctx } = fixture('smb-app-state-sync.json');
    const events = SMB_APP_STATE_SYNC_TRANSLATOR.translate(value, ctx);
    expect(events.map((e) => e.type)).toEqual(['contact.synced', 'contact.synced']);
    expect(events[0].data).toEqual({
      sync_type: 'contact',
      action: 'add',
      contact: { full_name: 'Pablo Morales', first_name: 'Pablo', phone_number: '16505551234' },
      timestamp: '2026-05-11T10:06:40Z',
      display_phone_number: '15550100001',
    });
    expect(events[1].data).toEqual({
      sync_type: 'contact',
      action: 'remove',
      contact: { phone_number: '16505559876' },
      timestamp: '2026-05-11T10:06:41Z',
      display_phone_number: '15550100001',
    });
    expect(events[0].key).not.toBe(events[1].key);
    expect(events[0].occurredAt).toEqual(new Date(1778494000 * 1000));
  });

  it('carries the business number and keys each item by its content, alone or batched', () => {
    const { value, ctx } = fixture('smb-app-state-sync.json');
    const events = SMB_APP_STATE_SYNC_TRANSLATOR.translate(value, ctx);
    expect(events.map((e) => [e.phoneNumberId, e.displayPhoneNumber])).toEqual([
      ['117263540981001', '15550100001'],
      ['117263540981001', '15550100001'],
    ]);
    const record = value as { state_sync: unknown[] };
    const [second] = SMB_APP_STATE_SYNC_TRANSLATOR.translate({ ...record, state_sync: [record.state_sync[1]] }, ctx);
    expect(second.key).toBe(events[1].key);
  });

  it('skips an unreadable item and keeps its siblings when the context collects them', () => {
    const { value, ctx } = fixture('smb-app-state-sync.json');
    const record = value as { state_sync: unknown[] };
    const unreadable: UnreadableItem[] = [];
    const events = SMB_APP_STATE_SYNC_TRANSLATOR.translate({ ...record, state_sync: [42, ...record.state_sync] }, { ...ctx, unreadable });
    expect(events).toHaveLength(2);
    expect(unreadable).toEqual([{ path: 'state_sync[0]', value: 42, message: 'state_sync: state_sync[0] is not an object' }]);
    expect(() => SMB_APP_STATE_SYNC_TRANSLATOR.translate({ ...record, state_sync: [42] }, ctx)).toThrow(UnreadableChangeError);
  });
});
