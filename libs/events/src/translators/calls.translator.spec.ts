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
import { CALLS_TRANSLATOR } from './calls.translator';

const CALL_ID = 'wacid.HBgLMTY1MDU1NTAxMjMVAgASGCA2QzE3RjE0NjlBNjI0MzZGQjQ2N0EyMzc1QTA3MEVGNRwA';

describe('calls → call.connecting / call.terminated / call.status_updated', () => {
  it('translates a user-initiated connect with its SDP offer', () => {
    const { value, ctx } = fixture('calls-connect.json');
    expect(CALLS_TRANSLATOR.translate(value, ctx)).toEqual([
      {
        type: 'call.connecting',
        key: `${CALL_ID}:connect`,
        occurredAt: new Date(1778490600 * 1000),
        phoneNumberId: '117263540981001',
        displayPhoneNumber: '15550100001',
        data: {
          call_id: CALL_ID,
          event: 'connect',
          direction: 'USER_INITIATED',
          from: '16505550123',
          to: '15550100001',
          user: { wa_id: '16505550123', name: 'Ana Torres' },
          contact_name: 'Ana Torres',
          timestamp: '2026-05-11T09:10:00Z',
          display_phone_number: '15550100001',
          session: { sdp_type: 'offer', sdp: 'v=0\r\no=- 7669997803033704573 2 IN IP4 127.0.0.1\r\ns=-\r\n' },
        },
      },
    ]);
  });

  it('translates a terminate with duration', () => {
    const { value, ctx } = fixture('calls-terminate.json');
    const [event] = CALLS_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('call.terminated');
    expect(event.key).toBe(`${CALL_ID}:terminate`);
    expect(event.data).toEqual({
      call_id: CALL_ID,
      event: 'terminate',
      direction: 'USER_INITIATED',
      from: '16505550123',
      to: '15550100001',
      user: { wa_id: '16505550123' },
      timestamp: '2026-05-11T09:12:20Z',
      display_phone_number: '15550100001',
      status: 'COMPLETED',
      start_time: '2026-05-11T09:10:05Z',
      end_time: '2026-05-11T09:12:20Z',
      duration: 135,
      biz_opaque_callback_data: 'ticket=5521',
    });
  });

  it('translates a call status', () => {
    const { value, ctx } = fixture('calls-status-ringing.json');
    const [event] = CALLS_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('call.status_updated');
    expect(event.key).toBe('wacid.HBgLMTY1MDU1NTAxMjMVAgARGCAyODRQIAFRoA:RINGING');
    expect(event.data).toEqual({
      call_id: 'wacid.HBgLMTY1MDU1NTAxMjMVAgARGCAyODRQIAFRoA',
      status: 'RINGING',
      recipient_id: '16505550123',
      user: { wa_id: '16505550123' },
      timestamp: '2026-05-11T09:20:00Z',
      display_phone_number: '15550100001',
      biz_opaque_callback_data: 'ticket=5522',
    });
  });

  it('refuses call events it does not know rather than mislabel them', () => {
    expect(() => CALLS_TRANSLATOR.translate({ calls: [{ id: 'wacid.1', event: 'media_update' }] }, { wabaId: 'w', receivedAt: RECEIVED })).toThrow(
      'calls: unknown call event "media_update"',
    );
  });
});

describe('calls with business-scoped user ids', () => {
  const META = { display_phone_number: '15550100001', phone_number_id: '117263540981001' };
  const BSUID = 'US.13491208655302741918';
  const ctx: TranslationContext = { wabaId: 'w', receivedAt: RECEIVED };

  it('names the caller of a user-initiated call by BSUID when Meta omits the phone', () => {
    const [event] = CALLS_TRANSLATOR.translate(
      {
        metadata: META,
        contacts: [{ profile: { name: 'Ana Torres', username: '@anatorres' }, user_id: BSUID }],
        calls: [{ id: 'wacid.C1', to: '15550100001', from_user_id: BSUID, event: 'connect', timestamp: '1778490600', direction: 'USER_INITIATED' }],
      },
      ctx,
    );
    expect(event.data.from).toBeUndefined();
    expect(event.data.from_user_id).toBe(BSUID);
    expect(event.data.user).toEqual({ user_id: BSUID, username: '@anatorres', name: 'Ana Torres' });
    expect(event.data.contact_name).toBe('Ana Torres');
  });

  it('names the callee of a business-initiated call and of a call status', () => {
    const events = CALLS_TRANSLATOR.translate(
      {
        metadata: META,
        contacts: [{ profile: { username: '@anatorres' }, wa_id: '16505550123', user_id: BSUID }],
        calls: [
          {
            id: 'wacid.C2',
            from: '15550100001',
            to_user_id: BSUID,
            event: 'terminate',
            timestamp: '1778490700',
            direction: 'BUSINESS_INITIATED',
            status: 'COMPLETED',
          },
        ],
        statuses: [{ id: 'wacid.C2', type: 'call', status: 'ACCEPTED', timestamp: '1778490650', recipient_user_id: BSUID }],
      },
      ctx,
    );
    expect(events.map((e) => e.type)).toEqual(['call.terminated', 'call.status_updated']);
    expect(events[0].data.to_user_id).toBe(BSUID);
    expect(events[0].data.user).toEqual({ wa_id: '16505550123', user_id: BSUID, username: '@anatorres' });
    expect(events[1].data.recipient_user_id).toBe(BSUID);
    expect(events[1].data.user).toEqual({ wa_id: '16505550123', user_id: BSUID, username: '@anatorres' });
  });

  it('reports a call with an unknown event and keeps the others', () => {
    const collecting: TranslationContext = { ...ctx, unreadable: [] };
    const events = CALLS_TRANSLATOR.translate(
      {
        metadata: META,
        calls: [
          { id: 'wacid.C3', from: '16505550123', event: 'transfer', timestamp: '1' },
          { id: 'wacid.C4', from: '16505550123', to: '15550100001', event: 'connect', timestamp: '2' },
        ],
      },
      collecting,
    );
    expect(events.map((e) => e.key)).toEqual(['wacid.C4:connect']);
    expect(events[0].data.user).toEqual({ wa_id: '16505550123' });
    expect(collecting.unreadable?.map((u) => [u.path, u.message])).toEqual([['calls[0]', 'calls: unknown call event "transfer"']]);
  });
});
