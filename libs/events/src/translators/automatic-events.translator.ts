import { asRecord, compact, eachItem, itemContentKey, num, occurredAt, readMetadata, requireRecord, requireString, str, unixToIso } from './translator-helpers';
import { MetaFieldTranslator, TranslatedEvent, TranslatorRegistration, UnreadableChangeError } from './translator.types';

export const AUTOMATIC_EVENTS_FIELD = 'automatic_events';

/** Meta sends a purchase value multiplied by 1000 (USD 25.00 arrives as 25000). */
const VALUE_SCALE = 1000;

/** Purchase `custom_data{currency, value}` → the real amount, with Meta's integer kept beside it. */
function readCustomData(raw: unknown): Record<string, unknown> | undefined {
  const custom = asRecord(raw);
  if (!custom) return undefined;
  const scaled = num(custom.value);
  return compact({
    currency: str(custom.currency),
    // An integer divided by 1000 is the nearest double to the decimal amount (59900 → 59.9).
    amount: scaled === undefined ? undefined : scaled / VALUE_SCALE,
    amount_x1000: scaled,
  });
}

/**
 * automatic_events → ctwa.automatic_event, one per detected lead / purchase in a CTWA thread. Several
 * events can be detected on one message (a lead and a purchase, two purchases), so an event's key is its
 * whole content, not the wamid alone. An unreadable item is skipped without losing its siblings.
 */
export const translateAutomaticEvents: MetaFieldTranslator = (raw, ctx) => {
  const value = requireRecord(AUTOMATIC_EVENTS_FIELD, raw);
  if (!Array.isArray(value.automatic_events)) {
    throw new UnreadableChangeError(AUTOMATIC_EVENTS_FIELD, 'value has no automatic_events array');
  }
  const meta = readMetadata(value);
  return eachItem(ctx, 'automatic_events', value.automatic_events, (event): TranslatedEvent[] => {
    const eventId = requireString(AUTOMATIC_EVENTS_FIELD, event, 'id', 'automatic event id');
    const translated: TranslatedEvent = {
      type: 'ctwa.automatic_event',
      key: itemContentKey(AUTOMATIC_EVENTS_FIELD, ctx, value, 'automatic_events', event),
      occurredAt: occurredAt(ctx, event.timestamp),
      phoneNumberId: meta.phoneNumberId,
      data: compact({
        event_id: eventId,
        event_name: str(event.event_name),
        ctwa_clid: str(event.ctwa_clid),
        timestamp: unixToIso(event.timestamp),
        display_phone_number: meta.displayPhoneNumber,
        custom_data: readCustomData(event.custom_data),
      }),
    };
    if (meta.displayPhoneNumber !== undefined) translated.displayPhoneNumber = meta.displayPhoneNumber;
    return [translated];
  });
};

export const AUTOMATIC_EVENTS_TRANSLATOR: TranslatorRegistration = {
  field: AUTOMATIC_EVENTS_FIELD,
  produces: ['ctwa.automatic_event'],
  translate: translateAutomaticEvents,
};
