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
import { AUTOMATIC_EVENTS_TRANSLATOR } from './automatic-events.translator';

const CLID =
  'Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ-9OdO1v64_oL2dHr_fp-h7wUPPQS6SPuh87wADHrljXTeGVfGtthicaFrYYwrNbxNzJ6wlKpX13x4aY';

describe('automatic_events → ctwa.automatic_event', () => {
  it('translates a lead, keyed by the event id', () => {
    const { value, ctx } = fixture('automatic-events-lead-submitted.json');
    expect(AUTOMATIC_EVENTS_TRANSLATOR.translate(value, ctx)).toEqual([
      {
        type: 'ctwa.automatic_event',
        key: 'wamid.HBgLMTY1MDU1NTAxNDUVAgASGBQxRkREODgyNkY3RjQ5OUFFQTYzNwA=',
        occurredAt: new Date(1778495400 * 1000),
        phoneNumberId: '117263540981001',
        data: {
          event_id: 'wamid.HBgLMTY1MDU1NTAxNDUVAgASGBQxRkREODgyNkY3RjQ5OUFFQTYzNwA=',
          event_name: 'LeadSubmitted',
          ctwa_clid: CLID,
          timestamp: '2026-05-11T10:30:00Z',
          display_phone_number: '15550100001',
        },
      },
    ]);
  });

  it('translates a purchase with its custom_data', () => {
    const { value, ctx } = fixture('automatic-events-purchase.json');
    const [event] = AUTOMATIC_EVENTS_TRANSLATOR.translate(value, ctx);
    expect(event.data.event_name).toBe('Purchase');
    expect(event.data.custom_data).toEqual({ currency: 'USD', value: 59.9 });
  });

  it('rejects an event without id', () => {
    expect(() =>
      AUTOMATIC_EVENTS_TRANSLATOR.translate({ automatic_events: [{ event_name: 'Purchase' }] }, { wabaId: 'w', receivedAt: RECEIVED }),
    ).toThrow('automatic_events: missing automatic event id');
  });
});
