import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetaWebhookBody } from '../meta/meta-webhook.types';
import { TranslationContext, UnreadableItem } from './translator.types';
import { AUTOMATIC_EVENTS_TRANSLATOR } from './automatic-events.translator';

const FIXTURES = join(__dirname, '../../../../test/fixtures/meta');
const RECEIVED = new Date('2026-05-11T12:00:00Z');
function fixture(name: string): { value: unknown; ctx: TranslationContext } {
  const body = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as MetaWebhookBody;
  const entry = body.entry![0];
  return { value: entry.changes![0].value, ctx: { wabaId: entry.id, entryTime: entry.time, receivedAt: RECEIVED } };
}

const CLID = 'Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ-9OdO1v64_oL2dHr_fp-h7wUPPQS6SPuh87wADHrljXTeGVfGtthicaFrYYwrNbxNzJ6wlKpX13x4aY';
const WAMID = 'wamid.HBgLMTY1MDU1NTAxNDUVAgASGBQyQjc3MUE2NzQ5RDY1RUE0NTdDRgA=';
const METADATA = { display_phone_number: '15550100001', phone_number_id: '117263540981001' };
const ctx = (): TranslationContext => ({ wabaId: '103850127645201', receivedAt: RECEIVED });

/** An automatic_events value as Meta documents it, with the given items. */
function change(...items: unknown[]) {
  return { messaging_product: 'whatsapp', metadata: METADATA, automatic_events: items };
}
const lead = { id: WAMID, event_name: 'LeadSubmitted', timestamp: 1778495400, ctwa_clid: CLID };
const purchase = (value: number, currency = 'USD') => ({
  id: WAMID,
  event_name: 'Purchase',
  timestamp: 1778495500,
  ctwa_clid: CLID,
  custom_data: { currency, value },
});

describe('automatic_events → ctwa.automatic_event', () => {
  it('translates a lead, with the business number it was detected on', () => {
    const { value, ctx: fixtureCtx } = fixture('automatic-events-lead-submitted.json');
    const [event] = AUTOMATIC_EVENTS_TRANSLATOR.translate(value, fixtureCtx);
    expect(event).toEqual({
      type: 'ctwa.automatic_event',
      key: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      occurredAt: new Date(1778495400 * 1000),
      phoneNumberId: '117263540981001',
      displayPhoneNumber: '15550100001',
      data: {
        event_id: 'wamid.HBgLMTY1MDU1NTAxNDUVAgASGBQxRkREODgyNkY3RjQ5OUFFQTYzNwA=',
        event_name: 'LeadSubmitted',
        ctwa_clid: CLID,
        timestamp: '2026-05-11T10:30:00Z',
        display_phone_number: '15550100001',
      },
    });
  });

  it('gives a purchase its real amount: Meta sends the amount multiplied by 1000', () => {
    const { value, ctx: fixtureCtx } = fixture('automatic-events-purchase.json');
    const [event] = AUTOMATIC_EVENTS_TRANSLATOR.translate(value, fixtureCtx);
    expect(event.data.event_name).toBe('Purchase');
    expect(event.data.custom_data).toEqual({ currency: 'USD', amount: 59.9, amount_x1000: 59900 });
    const [usd25] = AUTOMATIC_EVENTS_TRANSLATOR.translate(change(purchase(25000)), ctx());
    expect(usd25.data.custom_data).toEqual({ currency: 'USD', amount: 25, amount_x1000: 25000 });
    const [brl] = AUTOMATIC_EVENTS_TRANSLATOR.translate(change(purchase(1234567, 'BRL')), ctx());
    expect(brl.data.custom_data).toEqual({ currency: 'BRL', amount: 1234.567, amount_x1000: 1234567 });
    const [asText] = AUTOMATIC_EVENTS_TRANSLATOR.translate(change({ ...purchase(0), custom_data: { currency: 'EUR', value: '19990' } }), ctx());
    expect(asText.data.custom_data).toEqual({ currency: 'EUR', amount: 19.99, amount_x1000: 19990 });
  });

  it('keys a lead and purchases detected on one message apart, and a resend alike', () => {
    const value = change(lead, purchase(25000), purchase(40000));
    const events = AUTOMATIC_EVENTS_TRANSLATOR.translate(value, ctx());
    expect(events.map((e) => e.data.event_name)).toEqual(['LeadSubmitted', 'Purchase', 'Purchase']);
    expect(new Set(events.map((e) => e.data.event_id))).toEqual(new Set([WAMID]));
    expect(new Set(events.map((e) => e.key)).size).toBe(3);
    const resent = AUTOMATIC_EVENTS_TRANSLATOR.translate(JSON.parse(JSON.stringify(value)), { ...ctx(), receivedAt: new Date() });
    expect(resent.map((e) => e.key)).toEqual(events.map((e) => e.key));
    // An item keeps its key whatever Meta batched with it.
    const [alone] = AUTOMATIC_EVENTS_TRANSLATOR.translate(change(purchase(40000)), ctx());
    expect(alone.key).toBe(events[2].key);
  });

  it('skips an unreadable item and keeps its siblings when the context collects them', () => {
    const unreadable: UnreadableItem[] = [];
    const events = AUTOMATIC_EVENTS_TRANSLATOR.translate(change(lead, { event_name: 'Purchase' }, 'junk', purchase(25000)), {
      ...ctx(),
      unreadable,
    });
    expect(events.map((e) => e.data.event_name)).toEqual(['LeadSubmitted', 'Purchase']);
    expect(unreadable).toEqual([
      { path: 'automatic_events[1]', value: { event_name: 'Purchase' }, message: 'automatic_events: missing automatic event id' },
      { path: 'automatic_events[2]', value: 'junk', message: 'automatic_events: automatic_events[2] is not an object' },
    ]);
  });

  it('without a collector an unreadable item makes the change unreadable', () => {
    expect(() => AUTOMATIC_EVENTS_TRANSLATOR.translate(change({ event_name: 'Purchase' }), ctx())).toThrow('automatic_events: missing automatic event id');
    expect(() => AUTOMATIC_EVENTS_TRANSLATOR.translate({ messaging_product: 'whatsapp' }, ctx())).toThrow(
      'automatic_events: value has no automatic_events array',
    );
  });

  it('leaves out what Meta does not send (no click id for Status ads, no metadata)', () => {
    const [event] = AUTOMATIC_EVENTS_TRANSLATOR.translate({ automatic_events: [{ id: WAMID, event_name: 'LeadSubmitted', timestamp: 1778495400 }] }, ctx());
    expect(event.phoneNumberId).toBeNull();
    expect(event.displayPhoneNumber).toBeUndefined();
    expect(event.data).toEqual({ event_id: WAMID, event_name: 'LeadSubmitted', timestamp: '2026-05-11T10:30:00Z' });
  });
});
