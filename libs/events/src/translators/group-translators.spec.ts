import { TranslatedEvent, TranslationContext, TranslatorRegistration, UnreadableChangeError } from './translator.types';
import { GROUP_LIFECYCLE_TRANSLATOR } from './group-lifecycle.translator';
import { GROUP_PARTICIPANTS_TRANSLATOR } from './group-participants.translator';
import { GROUP_SETTINGS_TRANSLATOR } from './group-settings.translator';
import { GROUP_STATUS_TRANSLATOR } from './group-status.translator';

// Payloads built from Meta's documented syntax (Groups API webhooks reference, BSUID changes included).
const RECEIVED = new Date('2026-05-11T12:00:00Z');
const META = { display_phone_number: '15550100001', phone_number_id: '117263540981001' };
const GROUP = 'Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=';
const BSUID = 'US.13491208655302741918';
const ctx: TranslationContext = { wabaId: '103850127645201', receivedAt: RECEIVED };
const ERROR = {
  code: 131215,
  message: 'Group limit reached',
  title: 'Group limit reached',
  error_data: { details: 'The number has reached its group limit.' },
};
const READ_ERROR = { code: 131215, message: 'Group limit reached', title: 'Group limit reached', details: 'The number has reached its group limit.' };

function translate(translator: TranslatorRegistration, ...groups: unknown[]): TranslatedEvent[] {
  return translator.translate({ messaging_product: 'whatsapp', metadata: META, groups }, ctx);
}
const dataOf = (translator: TranslatorRegistration, group: Record<string, unknown>) =>
  translate(translator, { timestamp: '1778493600', group_id: GROUP, ...group })[0].data;

describe('group_lifecycle_update → group.lifecycle_updated', () => {
  it('translates a created group', () => {
    const [event] = translate(GROUP_LIFECYCLE_TRANSLATOR, {
      timestamp: '1778493600',
      group_id: GROUP,
      type: 'group_create',
      request_id: 'REQ-1',
      subject: 'Order 8841 — delivery',
      invite_link: 'https://chat.whatsapp.com/Kp3s8fLx0aB7cD9eF1gH2i',
      join_approval_mode: 'approval_required',
    });
    expect(event).toEqual({
      type: 'group.lifecycle_updated',
      key: expect.stringMatching(/^sha256:/) as unknown,
      occurredAt: new Date(1778493600 * 1000),
      phoneNumberId: '117263540981001',
      displayPhoneNumber: '15550100001',
      data: {
        group_id: GROUP,
        update_type: 'group_create',
        request_id: 'REQ-1',
        timestamp: '2026-05-11T10:00:00Z',
        succeeded: true,
        subject: 'Order 8841 — delivery',
        invite_link: 'https://chat.whatsapp.com/Kp3s8fLx0aB7cD9eF1gH2i',
        join_approval_mode: 'approval_required',
        display_phone_number: '15550100001',
      },
    });
  });

  it('translates a failed creation and a deletion', () => {
    expect(dataOf(GROUP_LIFECYCLE_TRANSLATOR, { type: 'group_create', subject: 'S', description: 'D', request_id: 'REQ-2', errors: [ERROR] })).toMatchObject({
      update_type: 'group_create',
      succeeded: false,
      subject: 'S',
      description: 'D',
      errors: [READ_ERROR],
    });
    expect(dataOf(GROUP_LIFECYCLE_TRANSLATOR, { type: 'group_delete', request_id: 'REQ-3' })).toMatchObject({ update_type: 'group_delete', succeeded: true });
  });
});

describe('group_participants_update → group.participants_updated', () => {
  it('translates a join through the invite link, participants named by phone, BSUID and username', () => {
    const data = dataOf(GROUP_PARTICIPANTS_TRANSLATOR, {
      type: 'group_participants_add',
      reason: 'invite_link',
      added_participants: [{ wa_id: '16505550123', user_id: BSUID, parent_user_id: 'US.ENT.1181', username: '@anatorres' }, { user_id: 'ES.555' }],
    });
    expect(data).toEqual({
      group_id: GROUP,
      update_type: 'group_participants_add',
      timestamp: '2026-05-11T10:00:00Z',
      reason: 'invite_link',
      added_participants: [{ wa_id: '16505550123', user_id: BSUID, parent_user_id: 'US.ENT.1181', username: '@anatorres' }, { user_id: 'ES.555' }],
      display_phone_number: '15550100001',
    });
  });

  it('translates approved join requests with the input the business used', () => {
    const data = dataOf(GROUP_PARTICIPANTS_TRANSLATOR, {
      type: 'group_participants_add',
      added_participants: [{ input: '+16505550123', wa_id: '16505550123' }],
    });
    expect(data.added_participants).toEqual([{ wa_id: '16505550123', input: '+16505550123' }]);
  });

  it('translates a partly failed removal by the business (input phone or BSUID)', () => {
    const data = dataOf(GROUP_PARTICIPANTS_TRANSLATOR, {
      type: 'group_participants_remove',
      request_id: 'REQ-4',
      initiated_by: 'business',
      removed_participants: [{ input: BSUID }, { input: '16505550124' }],
      failed_participants: [{ input: 'US.ENT.999', errors: [ERROR] }],
      errors: [ERROR],
    });
    expect(data).toMatchObject({
      initiated_by: 'business',
      removed_participants: [
        { user_id: BSUID, input: BSUID },
        { wa_id: '16505550124', input: '16505550124' },
      ],
      failed_participants: [{ parent_user_id: 'US.ENT.999', input: 'US.ENT.999', errors: [READ_ERROR] }],
      errors: [READ_ERROR],
    });
  });

  it('translates a participant leaving', () => {
    const data = dataOf(GROUP_PARTICIPANTS_TRANSLATOR, {
      type: 'group_participants_remove',
      initiated_by: 'participant',
      removed_participants: [{ user_id: BSUID, username: '@anatorres' }],
    });
    expect(data).toMatchObject({ initiated_by: 'participant', removed_participants: [{ user_id: BSUID, username: '@anatorres' }] });
  });

  it.each(['group_join_request_created', 'group_join_request_revoked'])('translates %s with the requesting user', (type) => {
    const data = dataOf(GROUP_PARTICIPANTS_TRANSLATOR, {
      type,
      join_request_id: 'JR-1',
      user_id: BSUID,
      parent_user_id: 'US.ENT.1181',
      username: '@anatorres',
    });
    expect(data).toEqual({
      group_id: GROUP,
      update_type: type,
      timestamp: '2026-05-11T10:00:00Z',
      join_request_id: 'JR-1',
      user: { user_id: BSUID, parent_user_id: 'US.ENT.1181', username: '@anatorres' },
      display_phone_number: '15550100001',
    });
  });
});

describe('group_settings_update → group.settings_updated', () => {
  it('translates a partly failed settings update, setting by setting', () => {
    const data = dataOf(GROUP_SETTINGS_TRANSLATOR, {
      type: 'group_settings_update',
      request_id: 'REQ-5',
      profile_picture: { mime_type: 'image/jpeg', update_successful: true, sha256: 'PHOTO_HASH' },
      group_subject: { text: 'New subject', update_successful: false, errors: [ERROR] },
      group_description: { text: 'New description', update_successful: true },
      errors: [ERROR],
    });
    expect(data).toEqual({
      group_id: GROUP,
      update_type: 'group_settings_update',
      request_id: 'REQ-5',
      timestamp: '2026-05-11T10:00:00Z',
      group_subject: { text: 'New subject', update_successful: false, errors: [READ_ERROR] },
      group_description: { text: 'New description', update_successful: true },
      profile_picture: { mime_type: 'image/jpeg', sha256: 'PHOTO_HASH', update_successful: true },
      errors: [READ_ERROR],
      display_phone_number: '15550100001',
    });
  });
});

describe('group_status_update → group.status_updated', () => {
  it('translates a suspension and its clearance', () => {
    expect(dataOf(GROUP_STATUS_TRANSLATOR, { type: 'group_suspend' })).toEqual({
      group_id: GROUP,
      update_type: 'group_suspend',
      timestamp: '2026-05-11T10:00:00Z',
      suspended: true,
      display_phone_number: '15550100001',
    });
    expect(dataOf(GROUP_STATUS_TRANSLATOR, { type: 'group_suspend_cleared' }).suspended).toBe(false);
    expect(dataOf(GROUP_STATUS_TRANSLATOR, { type: 'group_something_new' }).suspended).toBeUndefined();
  });
});

describe('group translators, common rules', () => {
  it.each([GROUP_LIFECYCLE_TRANSLATOR, GROUP_PARTICIPANTS_TRANSLATOR, GROUP_SETTINGS_TRANSLATOR, GROUP_STATUS_TRANSLATOR])(
    '$field: one event per group item, a bad item reported, keys by content',
    (translator) => {
      const collecting: TranslationContext = { ...ctx, unreadable: [] };
      const items = [
        { timestamp: '1778493600', group_id: 'G1', type: 'x' },
        { timestamp: '1778493600', type: 'x' },
        { timestamp: '1778493601', group_id: 'G1', type: 'x' },
      ];
      const events = translator.translate({ metadata: META, groups: items }, collecting);
      expect(events.map((e) => e.data.group_id)).toEqual(['G1', 'G1']);
      expect(events[0].key).not.toBe(events[1].key);
      expect(translator.translate({ metadata: META, groups: [items[0]] }, ctx)[0].key).toBe(events[0].key);
      expect(collecting.unreadable?.map((u) => [u.path, u.message])).toEqual([['groups[1]', `${translator.field}: missing group_id`]]);
      expect(() => translator.translate({ metadata: META }, ctx)).toThrow(`${translator.field}: value has no groups array`);
      expect(() => translator.translate({ metadata: META, groups: [items[1]] }, ctx)).toThrow(UnreadableChangeError);
    },
  );
});
