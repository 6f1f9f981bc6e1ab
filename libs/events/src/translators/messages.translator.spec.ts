import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetaWebhookBody } from '../meta/meta-webhook.types';
import { MESSAGES_TRANSLATOR } from './messages.translator';
import { TranslationContext, UnreadableChangeError } from './translator.types';

const FIXTURES = join(__dirname, '../../../../test/fixtures/meta');
const fixtureValue = (name: string): unknown =>
  (JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as MetaWebhookBody).entry![0].changes![0].value;

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
      ctwa_clid:
        'Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ-9OdO1v64_oL2dHr_fp-h7wUPPQS6SPuh87wADHrljXTeGVfGtthicaFrYYwrNbxNzJ6wlKpX13x4aY',
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
    expect(() => translate({ messaging_product: 'whatsapp', metadata: META })).toThrow(
      'messages: value has no messages, statuses or errors',
    );
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
