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
});
