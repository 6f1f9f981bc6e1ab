import {
  asRecord,
  compact,
  num,
  occurredAt,
  readMetadata,
  recordsOf,
  requireRecord,
  requireString,
  str,
  unixToIso,
} from './translator-helpers';
import { MetaFieldTranslator, TranslatorRegistration, UnreadableChangeError } from './translator.types';

export const AUTOMATIC_EVENTS_FIELD = 'automatic_events';

/** automatic_events → ctwa.automatic_event, one per detected lead / purchase in a CTWA thread. */
export const translateAutomaticEvents: MetaFieldTranslator = (raw, ctx) => {
  const value = requireRecord(AUTOMATIC_EVENTS_FIELD, raw);
  if (!Array.isArray(value.automatic_events)) {
    throw new UnreadableChangeError(AUTOMATIC_EVENTS_FIELD, 'value has no automatic_events array');
  }
  const meta = readMetadata(value);
  return recordsOf(value.automatic_events).map((event) => {
    const eventId = requireString(AUTOMATIC_EVENTS_FIELD, event, 'id', 'automatic event id');
    const custom = asRecord(event.custom_data);
    return {
      type: 'ctwa.automatic_event',
      key: eventId,
      occurredAt: occurredAt(ctx, event.timestamp),
      phoneNumberId: meta.phoneNumberId,
      data: compact({
        event_id: eventId,
        event_name: str(event.event_name),
        ctwa_clid: str(event.ctwa_clid),
        timestamp: unixToIso(event.timestamp),
        display_phone_number: meta.displayPhoneNumber,
        custom_data: custom ? compact({ currency: str(custom.currency), value: num(custom.value) }) : undefined,
      }),
    };
  });
};

export const AUTOMATIC_EVENTS_TRANSLATOR: TranslatorRegistration = {
  field: AUTOMATIC_EVENTS_FIELD,
  produces: ['ctwa.automatic_event'],
  translate: translateAutomaticEvents,
};
