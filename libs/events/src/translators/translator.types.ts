import { EventTypeName } from '../catalog/event-type-name';

/** What a translator knows besides the change value itself. */
export interface TranslationContext {
  /** The WABA id from entry.id. */
  wabaId: string;
  /** entry.time in unix seconds when Meta gives one. */
  entryTime?: number;
  /** When the POST arrived; used as created_at when Meta gives no timestamp. */
  receivedAt: Date;
}

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
