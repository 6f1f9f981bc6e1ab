import { EventTypeName } from '../catalog/event-type-name';

/** What a translator knows besides the change value itself. */
export interface TranslationContext {
  /**
   * entry.id: normally the WABA id; for partner events (account_update PARTNER_*, partner_solutions)
   * a business portfolio id, in which case the translator says where the event belongs with `route`.
   */
  wabaId: string;
  /** entry.time in unix seconds when Meta gives one. */
  entryTime?: number;
  /** When the POST arrived; used as created_at when Meta gives no timestamp. */
  receivedAt: Date;
  /**
   * Collects the items of this change (one message, one status, one automatic event…) that could not
   * be read. When present, a translator skips such an item and still translates its siblings; when
   * absent, the first unreadable item throws UnreadableChangeError for the whole change.
   */
  unreadable?: UnreadableItem[];
}

/** One item of a change that its translator could not read; stored as unhandled, siblings unaffected. */
export interface UnreadableItem {
  /** Where the item sits in the change value, e.g. "messages[2]". */
  path: string;
  /** The item as Meta sent it. */
  value: unknown;
  /** Why it could not be read. */
  message: string;
}

/** Where an event belongs when that is not the WABA in entry.id. */
export type EventRoute =
  /** The event concerns this WABA (e.g. `value.waba_info.waba_id` of a partner account_update). */
  | { wabaId: string }
  /** The event concerns a business portfolio and no WABA (partner_solutions): routed by the portfolio link. */
  | { businessId: string };

/** One domain event produced from a Meta change, before it gets its envelope. */
export interface TranslatedEvent {
  type: EventTypeName;
  /**
   * Deduplication key, unique for this thing within the WABA and type: a wamid for a message,
   * wamid + status for a status, a content hash for account-level changes. Meta resending the
   * same change must yield the same key.
   */
  key: string;
  /** When the thing happened according to Meta (or receivedAt when Meta gives no time). */
  occurredAt: Date;
  /** The business phone number the event concerns, when Meta gives one. */
  phoneNumberId: string | null;
  /**
   * The business number's display form, when Meta gives one. With `phoneNumberId` it teaches the ingest
   * the id ↔ display mapping; without it (phone_number_*, security, alerts) the ingest resolves the id.
   */
  displayPhoneNumber?: string;
  /** Routing override; absent means the WABA in entry.id. */
  route?: EventRoute;
  /** The typed payload, snake_case, matching the catalog's payload class for `type`. */
  data: Record<string, unknown>;
}

/**
 * A pure function from one Meta change value to domain events. It throws
 * `UnreadableChangeError` when the value does not have the shape it needs.
 */
export type MetaFieldTranslator = (value: unknown, ctx: TranslationContext) => TranslatedEvent[];

export interface TranslatorRegistration {
  /** Meta's change field name, e.g. "message_template_status_update". */
  field: string;
  /** Every event type this translator may produce (checked against the catalog at boot). */
  produces: readonly EventTypeName[];
  translate: MetaFieldTranslator;
}

/** Thrown by a translator when a change value cannot be read; the change is kept as unhandled. */
export class UnreadableChangeError extends Error {
  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = 'UnreadableChangeError';
  }
}
