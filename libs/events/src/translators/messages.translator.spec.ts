import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetaWebhookBody } from '../meta/meta-webhook.types';
import { MESSAGES_TRANSLATOR } from './messages.translator';
import { TranslationContext, UnreadableChangeError } from './translator.types';

const FIXTURES = join(__dirname, '../../../../test/fixtures/meta');
const fixtureValue = (name: string): unknown => (JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as MetaWebhookBody).entry![0].changes![0].value;

const RECEIVED = new Date('2026-05-11T12:00:00Z');
const ctx: TranslationContext = { wabaId: '103850127645201', receivedAt: RECEIVED };
const translate = (value: unknown) => MESSAGES_TRANSLATOR.translate(value, ctx);
const META = { display_phone_number: '15550100001', phone_number_id: '117263540981001' };

/** A `messages` value with one inbound message built from `message`. */
function inbound(message: Record<string, unknown>) {
  return {
    messaging_product: 'whatsapp',
    metadata: META,
    contacts: [{ profile: { name: 'Ana Torres' }, wa_id: '16505550123' }],
    messages: [{ from: '16505550123', id: 'wamid.TEST1', timestamp: '1778486411', ...message }],
  };
}
const dataOf = (message: Record<string, unknown>) => translate(inbound(message))[0].data;

describe('messages translator — message.received', () => {
  it('translates a text message (fixture)', () => {
    const [event] = translate(fixtureValue('messages-text.json'));
    expect(event).toEqual({
      type: 'message.received',
      key: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ1MDUyRjYxRDVCMDlGRUEwNUNDMQA=',
      occurredAt: new Date(1778486411 * 1000),
      phoneNumberId: '117263540981001',
      displayPhoneNumber: '15550100001',
      data: {
        message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ1MDUyRjYxRDVCMDlGRUEwNUNDMQA=',
        from: '16505550123',
        timestamp: '2026-05-11T08:00:11Z',
        message_type: 'text',
        text: { body: 'Hi! Do you have the blue sneakers in size 38?' },
        user: { wa_id: '16505550123', name: 'Ana Torres' },
        contact_name: 'Ana Torres',
        display_phone_number: '15550100001',
      },
    });
  });

  it('translates an image with caption (fixture)', () => {
    const [event] = translate(fixtureValue('messages-image.json'));
    expect(event.data.message_type).toBe('image');
    expect(event.data.image).toEqual({
      id: '1152007129257463',
      mime_type: 'image/jpeg',
      sha256: 'DPRX4kpHnwL9TTRUA4n3IPCAfc/5KnViEIFlsmN+qC8=',
      caption: 'This is the damaged box I received',
      url: 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1152007129257463&source=webhook&ext=1778490000&hash=ARfake9bcda1d7574e6bf4a3f41d55',
    });
  });

  it('translates an interactive button reply with its reply context (fixture)', () => {
    const [event] = translate(fixtureValue('messages-interactive-button-reply.json'));
    expect(event.data.interactive).toEqual({ type: 'button_reply', button_reply: { id: 'confirm-booking-7731', title: 'Confirm' } });
    expect(event.data.context).toEqual({
      from: '15550100001',
      message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJDMzdGRkQ0OUJGQTBBOEJFNkYA',
    });
  });

  it('carries the Click-to-WhatsApp referral with ctwa_clid (fixture)', () => {
    const [event] = translate(fixtureValue('messages-referral-ctwa.json'));
    expect(event.data.contact_name).toBe('Bruno Silva');
    expect(event.data.referral).toEqual({
      source_url: 'https://fb.me/0aBcDeFgH',
      source_id: '120245500000000001',
      source_type: 'ad',
      headline: 'Chat with us on WhatsApp',
      body: 'Spring sale: 20% off all running shoes',
      media_type: 'image',
      image_url: 'https://scontent.xx.fbcdn.net/v/t45.1600-4/fake_ad_image.jpg',
      ctwa_clid: 'Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ-9OdO1v64_oL2dHr_fp-h7wUPPQS6SPuh87wADHrljXTeGVfGtthicaFrYYwrNbxNzJ6wlKpX13x4aY',
      welcome_message: { text: 'Hi there! How can we help you today?' },
    });
  });

  it.each([
    ['video', { id: 'v1', mime_type: 'video/mp4', sha256: 'h1', caption: 'unboxing' }],
    ['document', { id: 'd1', mime_type: 'application/pdf', sha256: 'h2', filename: 'invoice.pdf', caption: 'my invoice' }],
    ['sticker', { id: 's1', mime_type: 'image/webp', sha256: 'h3', animated: true }],
  ])('translates %s media', (type, content) => {
    const data = dataOf({ type, [type]: content });
    expect(data.message_type).toBe(type);
    expect(data[type]).toEqual(content);
  });

  it('marks voice notes on audio', () => {
    const data = dataOf({ type: 'audio', audio: { id: 'a1', mime_type: 'audio/ogg; codecs=opus', sha256: 'h4', voice: true } });
    expect(data.audio).toEqual({ id: 'a1', mime_type: 'audio/ogg; codecs=opus', sha256: 'h4', voice: true });
  });

  it('translates a location', () => {
    const data = dataOf({
      type: 'location',
      location: { latitude: 40.4168, longitude: -3.7038, name: 'Example Shoes', address: 'Gran Vía 1, Madrid', url: 'https://example.com' },
    });
    expect(data.location).toEqual({
      latitude: 40.4168,
      longitude: -3.7038,
      name: 'Example Shoes',
      address: 'Gran Vía 1, Madrid',
      url: 'https://example.com',
    });
  });

  it('translates shared contacts as Meta sends them', () => {
    const contacts = [
      { name: { formatted_name: 'Luis Gómez', first_name: 'Luis' }, phones: [{ phone: '+34 600 000 000', wa_id: '34600000000', type: 'CELL' }] },
    ];
    expect(dataOf({ type: 'contacts', contacts }).contacts).toEqual(contacts);
  });

  it('translates a list reply', () => {
    const data = dataOf({
      type: 'interactive',
      interactive: { type: 'list_reply', list_reply: { id: 'express', title: 'Express', description: 'Delivered in 24h' } },
    });
    expect(data.interactive).toEqual({ type: 'list_reply', list_reply: { id: 'express', title: 'Express', description: 'Delivered in 24h' } });
  });

  it('parses the Flow response_json of an nfm_reply', () => {
    const data = dataOf({
      type: 'interactive',
      interactive: {
        type: 'nfm_reply',
        nfm_reply: { name: 'flow', body: 'Sent', response_json: '{"flow_token":"booking-7731","date":"2026-05-20"}' },
      },
    });
    expect(data.interactive).toEqual({
      type: 'nfm_reply',
      nfm_reply: { name: 'flow', body: 'Sent', response_json: { flow_token: 'booking-7731', date: '2026-05-20' } },
    });
  });

  it('keeps a non-JSON response_json as the raw string', () => {
    const data = dataOf({ type: 'interactive', interactive: { type: 'nfm_reply', nfm_reply: { name: 'flow', body: 'Sent', response_json: 'not json' } } });
    expect((data.interactive as { nfm_reply: { response_json: unknown } }).nfm_reply.response_json).toBe('not json');
  });

  it('carries interactive reply kinds it does not model raw', () => {
    const data = dataOf({
      type: 'interactive',
      interactive: { type: 'call_permission_reply', call_permission_reply: { response: 'accept', is_permanent: false } },
    });
    expect(data.interactive).toEqual({ type: 'call_permission_reply', call_permission_reply: { response: 'accept', is_permanent: false } });
  });

  it('translates a template quick-reply button', () => {
    expect(dataOf({ type: 'button', button: { payload: 'STOP_PROMOS', text: 'Stop promotions' } }).button).toEqual({
      payload: 'STOP_PROMOS',
      text: 'Stop promotions',
    });
  });

  it('translates a reaction and its removal', () => {
    expect(dataOf({ type: 'reaction', reaction: { message_id: 'wamid.OUT1', emoji: '👍' } }).reaction).toEqual({
      message_id: 'wamid.OUT1',
      emoji: '👍',
    });
    expect(dataOf({ type: 'reaction', reaction: { message_id: 'wamid.OUT1' } }).reaction).toEqual({
      message_id: 'wamid.OUT1',
      removed: true,
    });
    expect(dataOf({ type: 'reaction', reaction: { message_id: 'wamid.OUT1', emoji: '' } }).reaction).toEqual({
      message_id: 'wamid.OUT1',
      removed: true,
    });
  });

  it('translates an order', () => {
    const data = dataOf({
      type: 'order',
      order: {
        catalog_id: '880321517400221',
        text: 'Gift wrap please',
        product_items: [{ product_retailer_id: 'SNK-BLUE-38', quantity: '2', item_price: '59.9', currency: 'EUR' }],
      },
    });
    expect(data.order).toEqual({
      catalog_id: '880321517400221',
      text: 'Gift wrap please',
      product_items: [{ product_retailer_id: 'SNK-BLUE-38', quantity: 2, item_price: 59.9, currency: 'EUR' }],
    });
  });

  it('translates a system message (number change)', () => {
    const data = dataOf({
      type: 'system',
      system: { body: 'User A changed from +1 650-555-0123 to +1 650-555-0199', type: 'user_changed_number', new_wa_id: '16505550199' },
    });
    expect(data.system).toEqual({
      body: 'User A changed from +1 650-555-0123 to +1 650-555-0199',
      type: 'user_changed_number',
      new_wa_id: '16505550199',
    });
  });

  it('carries unsupported and unknown messages with their errors', () => {
    const errors = [
      { code: 131051, title: 'Message type unknown', message: 'Message type unknown', error_data: { details: 'Message type is currently not supported.' } },
    ];
    const unsupported = dataOf({ type: 'unsupported', unsupported: { type: 'poll' }, errors });
    expect(unsupported.message_type).toBe('unsupported');
    expect(unsupported.unsupported).toEqual({ type: 'poll' });
    expect(unsupported.errors).toEqual([
      { code: 131051, title: 'Message type unknown', message: 'Message type unknown', details: 'Message type is currently not supported.' },
    ]);
    const unknown = dataOf({ type: 'unknown', errors });
    expect(unknown.message_type).toBe('unknown');
    expect(unknown.errors).toEqual(unsupported.errors);
  });

  it('keeps the raw object of a message type it does not know', () => {
    const data = dataOf({ type: 'poll_vote', poll_vote: { option: 'blue' } });
    expect(data.message_type).toBe('poll_vote');
    expect(data.poll_vote).toEqual({ option: 'blue' });
  });

  it('carries forward flags in the context', () => {
    const data = dataOf({ type: 'text', text: { body: 'fwd' }, context: { forwarded: true, frequently_forwarded: true } });
    expect(data.context).toEqual({ forwarded: true, frequently_forwarded: true });
  });

  it('emits one event per message, each keyed by its wamid', () => {
    const value = inbound({ type: 'text', text: { body: 'one' } });
    value.messages.push({ from: '447700900123', id: 'wamid.TEST2', timestamp: '1778486412', type: 'text', text: { body: 'two' } } as never);
    const events = translate(value);
    expect(events.map((e) => e.key)).toEqual(['wamid.TEST1', 'wamid.TEST2']);
    expect(events[1].data.contact_name).toBeUndefined();
  });

  it('rejects a message without id or sender', () => {
    expect(() => translate({ metadata: META, messages: [{ from: '1', type: 'text', text: { body: 'x' } }] })).toThrow(UnreadableChangeError);
    expect(() => translate({ metadata: META, messages: [{ id: 'wamid.X', type: 'text', text: { body: 'x' } }] })).toThrow(
      'messages: message wamid.X has no sender',
    );
  });

  it('rejects a value with nothing to read', () => {
    expect(() => translate({ messaging_product: 'whatsapp', metadata: META })).toThrow('messages: value has no messages, statuses or errors');
    expect(() => translate('garbage')).toThrow(UnreadableChangeError);
  });
});

describe('messages translator — message.status_updated', () => {
  it('translates sent with conversation, pricing and callback data (fixture)', () => {
    const [event] = translate(fixtureValue('statuses-sent.json'));
    expect(event).toEqual({
      type: 'message.status_updated',
      key: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA:sent',
      occurredAt: new Date(1778488400 * 1000),
      phoneNumberId: '117263540981001',
      displayPhoneNumber: '15550100001',
      data: {
        message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA',
        status: 'sent',
        recipient_id: '16505550123',
        user: { wa_id: '16505550123' },
        timestamp: '2026-05-11T08:33:20Z',
        display_phone_number: '15550100001',
        conversation: { id: 'a2e653d5609c7b024ae53c8fc81bf016', origin_type: 'marketing', expiration_timestamp: '2026-05-12T08:33:20Z' },
        pricing: { billable: true, pricing_model: 'PMP', category: 'marketing', type: 'regular' },
        biz_opaque_callback_data: 'campaign=spring26;crm=lead-88412',
      },
    });
  });

  it('translates delivered and read with distinct keys for the same wamid (fixtures)', () => {
    const [delivered] = translate(fixtureValue('statuses-delivered.json'));
    const [read] = translate(fixtureValue('statuses-read.json'));
    expect(delivered.key).toBe('wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA:delivered');
    expect(delivered.data.conversation).toEqual({ id: 'a2e653d5609c7b024ae53c8fc81bf016', origin_type: 'marketing' });
    expect(read.key).toBe('wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA:read');
    expect(read.data).toEqual({
      message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA',
      status: 'read',
      recipient_id: '16505550123',
      user: { wa_id: '16505550123' },
      timestamp: '2026-05-11T08:34:50Z',
      display_phone_number: '15550100001',
    });
  });

  it('translates failed with its errors (fixture)', () => {
    const [event] = translate(fixtureValue('statuses-failed.json'));
    expect(event.key).toBe('wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSMUQ1MjI3QkFCMjI1M0IxMkMyAA==:failed:131049');
    expect(event.data.errors).toEqual([
      {
        code: 131049,
        title: 'This message was not delivered to maintain healthy ecosystem engagement.',
        message: 'This message was not delivered to maintain healthy ecosystem engagement.',
        details: 'In order to maintain a healthy ecosystem engagement, the message failed to be delivered.',
        href: '/documentation/business-messaging/whatsapp/support/error-codes',
      },
    ]);
  });

  it('rejects a status without id', () => {
    expect(() => translate({ metadata: META, statuses: [{ status: 'read' }] })).toThrow('messages: missing status message id');
  });
});

describe('messages translator — message.error', () => {
  it('emits one message.error for top-level errors (fixture)', () => {
    const value = fixtureValue('messages-errors.json');
    const events = translate(value);
    expect(events).toHaveLength(1);
    expect(events[0].type).toBe('message.error');
    expect(events[0].occurredAt).toEqual(RECEIVED);
    expect(events[0].phoneNumberId).toBe('117263540981001');
    expect(events[0].data).toEqual({
      display_phone_number: '15550100001',
      errors: [{ code: 131000, title: 'Something went wrong', message: 'Something went wrong', details: 'Unable to process the webhook.' }],
    });
    expect(translate(value)[0].key).toBe(events[0].key);
  });
});

const BSUID = 'US.13491208655302741918';
const PARENT = 'US.ENT.11815799212886844830';
const GROUP = 'Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=';
const collecting = (): TranslationContext => ({ ...ctx, unreadable: [] });

describe('messages translator — business-scoped user ids and usernames', () => {
  it('reads a message from a user with a username and no phone number (fixture)', () => {
    const [event] = translate(fixtureValue('messages-text-bsuid-only.json'));
    expect(event.type).toBe('message.received');
    expect(event.key).toBe('wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=');
    expect(event.data).toEqual({
      message_id: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
      from_user_id: BSUID,
      from_parent_user_id: PARENT,
      timestamp: '2025-06-08T20:59:43Z',
      message_type: 'text',
      text: { body: 'Does it come in another color?' },
      user: { user_id: BSUID, parent_user_id: PARENT, username: '@realsheenanelson', name: 'Sheena Nelson' },
      contact_name: 'Sheena Nelson',
      display_phone_number: '15550783881',
    });
    expect(event.data.from).toBeUndefined();
  });

  it('matches the contact by user_id when the contact has a phone and the message only a BSUID', () => {
    const [event] = translate({
      metadata: META,
      contacts: [{ profile: { name: 'Ana Torres', username: '@anatorres' }, wa_id: '16505550123', user_id: BSUID }],
      messages: [{ from_user_id: BSUID, id: 'wamid.B1', timestamp: '1778486411', type: 'text', text: { body: 'hi' } }],
    });
    expect(event.data.user).toEqual({ wa_id: '16505550123', user_id: BSUID, username: '@anatorres', name: 'Ana Torres' });
    expect(event.data.contact_name).toBe('Ana Torres');
  });

  it('keeps the group id of a message sent in a group', () => {
    const data = dataOf({ group_id: GROUP, from_user_id: BSUID, type: 'text', text: { body: 'Is the delivery still on?' } });
    expect(data.group_id).toBe(GROUP);
    expect(data.user).toEqual({ wa_id: '16505550123', user_id: BSUID, name: 'Ana Torres' });
  });

  it('reads a delivered status sent to a BSUID, without recipient_id (fixture)', () => {
    const [event] = translate(fixtureValue('statuses-delivered-bsuid-only.json'));
    expect(event.key).toBe('wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=:delivered');
    expect(event.data).toEqual({
      message_id: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=',
      status: 'delivered',
      recipient_user_id: BSUID,
      recipient_parent_user_id: PARENT,
      user: { user_id: BSUID, parent_user_id: PARENT, username: '@pablomorales', name: 'Pablo M.' },
      timestamp: '2025-06-15T23:27:53Z',
      display_phone_number: '15550783881',
      pricing: { billable: true, pricing_model: 'PMP', category: 'marketing', type: 'regular' },
    });
  });

  it('reads aggregated group statuses: one event per participant, keyed apart, user = the participant', () => {
    const events = translate({
      metadata: META,
      contacts: [
        { profile: { name: 'Ana Torres' }, wa_id: '16505550123', user_id: BSUID },
        { profile: { name: 'Luis Gómez', username: '@luisg' }, user_id: 'ES.55501' },
      ],
      statuses: [
        {
          id: 'wamid.G1',
          status: 'read',
          timestamp: '1778488400',
          recipient_id: GROUP,
          recipient_type: 'group',
          recipient_participant_id: '16505550123',
          recipient_participant_user_id: BSUID,
          pricing: { billable: true, pricing_model: 'PMP', category: 'group_marketing' },
        },
        // Meta's group reference also spells the participant key this way.
        { id: 'wamid.G1', status: 'read', timestamp: '1778488401', recipient_id: GROUP, recipient_type: 'group', participant_recipient_id: '34600000000' },
        { id: 'wamid.G1', status: 'read', timestamp: '1778488402', recipient_id: GROUP, recipient_type: 'group', recipient_participant_user_id: 'ES.55501' },
      ],
    });
    expect(events.map((e) => e.key)).toEqual(['wamid.G1:read:' + BSUID, 'wamid.G1:read:34600000000', 'wamid.G1:read:ES.55501']);
    expect(events[0].data).toMatchObject({
      recipient_id: GROUP,
      recipient_type: 'group',
      group_id: GROUP,
      recipient_participant_id: '16505550123',
      recipient_participant_user_id: BSUID,
      user: { wa_id: '16505550123', user_id: BSUID, name: 'Ana Torres' },
    });
    expect(events[1].data.recipient_participant_id).toBe('34600000000');
    expect(events[1].data.user).toEqual({ wa_id: '34600000000' });
    expect(events[2].data.user).toEqual({ user_id: 'ES.55501', username: '@luisg', name: 'Luis Gómez' });
  });

  it('carries the recipient identity key hash of a status', () => {
    const [event] = translate({
      metadata: META,
      statuses: [{ id: 'wamid.S1', status: 'sent', timestamp: '1778488400', recipient_id: '16505550123', recipient_identity_key_hash: 'Sjvjlx8G6Z0=' }],
    });
    expect(event.data.recipient_identity_key_hash).toBe('Sjvjlx8G6Z0=');
  });
});

describe('messages translator — edits and deletions', () => {
  it('turns an edit into message.edited with the new content typed (fixture)', () => {
    const [event] = translate(fixtureValue('messages-edit.json'));
    expect(event.type).toBe('message.edited');
    expect(event.key).toBe('wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQ0RjA3QkM2NzE5OTI1MzNEQkUA');
    expect(event.data).toEqual({
      message_id: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQ0RjA3QkM2NzE5OTI1MzNEQkUA',
      original_message_id: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
      from: '16505551234',
      from_user_id: BSUID,
      timestamp: '2025-06-15T23:28:20Z',
      message: {
        message_type: 'image',
        image: {
          id: '1152007129257463',
          mime_type: 'image/jpeg',
          sha256: 'DPRX4kpHnwL9TTRUA4n3IPCAfc/5KnViEIFlsmN+qC8=',
          caption: 'The box arrived like this',
          url: 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1152007129257463',
        },
        context: { message_id: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJDMzdGRkQ0OUJGQTBBOEJFNkYA' },
      },
      user: { wa_id: '16505551234', user_id: BSUID, username: '@pablomorales', name: 'Pablo M.' },
      contact_name: 'Pablo M.',
      display_phone_number: '15550783881',
    });
  });

  it('turns a revoke into message.deleted (fixture)', () => {
    const [event] = translate(fixtureValue('messages-revoke.json'));
    expect(event.type).toBe('message.deleted');
    expect(event.key).toBe('wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQ3QjE5NkQ0MkE4QzM1RTEwMkEA');
    expect(event.data).toEqual({
      message_id: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQ3QjE5NkQ0MkE4QzM1RTEwMkEA',
      original_message_id: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
      from: '16505551234',
      from_user_id: BSUID,
      timestamp: '2025-06-15T23:30:00Z',
      user: { wa_id: '16505551234', user_id: BSUID, name: 'Pablo M.' },
      contact_name: 'Pablo M.',
      display_phone_number: '15550783881',
    });
  });

  it('never reports an edit or a revoke as message.received', () => {
    const types = translate({
      metadata: META,
      messages: [
        { from: '1', id: 'wamid.E', timestamp: '1', type: 'edit', edit: { original_message_id: 'wamid.O', message: { type: 'text', text: { body: 'x' } } } },
        { from: '1', id: 'wamid.R', timestamp: '1', type: 'revoke', revoke: { original_message_id: 'wamid.O' } },
      ],
    }).map((e) => e.type);
    expect(types).toEqual(['message.edited', 'message.deleted']);
  });
});

describe('messages translator — system messages', () => {
  it('types a phone number change (user_changed_number: the new number in wa_id)', () => {
    const data = dataOf({
      type: 'system',
      system: { body: 'User A changed from +1 650-555-0123 to +1 650-555-0199', wa_id: '16505550199', type: 'user_changed_number' },
    });
    expect(data.system).toEqual({ body: 'User A changed from +1 650-555-0123 to +1 650-555-0199', type: 'user_changed_number', wa_id: '16505550199' });
  });

  it('types a BSUID change (user_changed_user_id: the new BSUID and parent BSUID)', () => {
    const data = dataOf({
      from_user_id: BSUID,
      type: 'system',
      system: {
        body: `User Ana Torres changed from ${BSUID} to US.20385511893361028471`,
        wa_id: '16505550199',
        user_id: 'US.20385511893361028471',
        parent_user_id: 'US.ENT.20917745601238845571',
        type: 'user_changed_user_id',
      },
    });
    expect(data.system).toEqual({
      body: `User Ana Torres changed from ${BSUID} to US.20385511893361028471`,
      type: 'user_changed_user_id',
      wa_id: '16505550199',
      user_id: 'US.20385511893361028471',
      parent_user_id: 'US.ENT.20917745601238845571',
    });
  });

  it('types an identity change with its identity object and an ISO creation time', () => {
    const system = { body: 'User A changed their security code', customer: '16505550123', identity: 'Sjvjlx8G6Z0=', type: 'customer_identity_changed' };
    const seconds = dataOf({ type: 'system', system, identity: { acknowledged: true, created_timestamp: 1778486000, hash: 'Sjvjlx8G6Z0=' } });
    expect(seconds.system).toEqual({
      body: 'User A changed their security code',
      type: 'customer_identity_changed',
      customer: '16505550123',
      identity: { acknowledged: true, created_timestamp: '2026-05-11T07:53:20Z', hash: 'Sjvjlx8G6Z0=' },
    });
    // Older payloads give the creation time in milliseconds.
    const millis = dataOf({ type: 'system', system, identity: { acknowledged: false, created_timestamp: 1778486000000, hash: 'Sjvjlx8G6Z0=' } });
    expect((millis.system as { identity: unknown }).identity).toEqual({ acknowledged: false, created_timestamp: '2026-05-11T07:53:20Z', hash: 'Sjvjlx8G6Z0=' });
    const hashOnly = dataOf({ type: 'system', system });
    expect((hashOnly.system as { identity: unknown }).identity).toEqual({ hash: 'Sjvjlx8G6Z0=' });
  });
});

describe('messages translator — one bad item does not sink its siblings', () => {
  it('translates the readable messages and reports the unreadable one with its path', () => {
    const context = collecting();
    const value = {
      metadata: META,
      contacts: [{ profile: { name: 'Ana Torres' }, wa_id: '16505550123', user_id: BSUID }],
      messages: [
        { from: '16505550123', id: 'wamid.OK1', timestamp: '1778486411', type: 'text', text: { body: 'one' } },
        { id: 'wamid.NOSENDER', timestamp: '1778486412', type: 'text', text: { body: 'who?' } },
        'not an object',
        { from_user_id: BSUID, id: 'wamid.OK2', timestamp: '1778486413', type: 'text', text: { body: 'two' } },
      ],
    };
    const events = MESSAGES_TRANSLATOR.translate(value, context);
    expect(events.map((e) => e.key)).toEqual(['wamid.OK1', 'wamid.OK2']);
    expect(context.unreadable).toEqual([
      {
        path: 'messages[1]',
        value: value.messages[1],
        message: 'messages: message wamid.NOSENDER has no sender (neither from nor from_user_id)',
      },
      { path: 'messages[2]', value: 'not an object', message: 'messages: messages[2] is not an object' },
    ]);
  });

  it('isolates a bad status the same way', () => {
    const context = collecting();
    const events = MESSAGES_TRANSLATOR.translate(
      { metadata: META, statuses: [{ status: 'read' }, { id: 'wamid.S2', status: 'read', timestamp: '1778488400', recipient_user_id: BSUID }] },
      context,
    );
    expect(events.map((e) => e.key)).toEqual(['wamid.S2:read']);
    expect(context.unreadable?.map((u) => [u.path, u.message])).toEqual([['statuses[0]', 'messages: missing status message id']]);
  });

  it('without a collector, the first unreadable item fails the whole change', () => {
    expect(() => translate({ metadata: META, messages: [{ id: 'wamid.NOSENDER', type: 'text', text: { body: 'x' } }] })).toThrow(UnreadableChangeError);
  });
});
