import { createHash } from 'node:crypto';
import { UnmappedChangeReason } from '../payloads/meta-unmapped-change.payload';
import { occurredAt, stableStringify } from './translator-helpers';
import { TranslatedEvent, TranslationContext } from './translator.types';

/** The event type that carries a Meta change (or one item of it) no translator turned into an event. */
export const UNMAPPED_CHANGE_TYPE = 'meta.unmapped_change';

export interface UnmappedChangeInput {
  /** The change field as Meta sent it. */
  field: string;
  reason: UnmappedChangeReason;
  /** Where the unreadable item sits in the change value ("messages[2]"); absent for a whole change. */
  path?: string;
  /** What the translator reported. */
  message?: string;
  /** Meta's entry.id (a WABA id, or a business portfolio id for partner webhooks). */
  entryId: string;
  /** The change value, or the unreadable item, as Meta sent it. */
  value: unknown;
}

/**
 * A `meta.unmapped_change` event: what Meta sent that no translator could turn into a typed event,
 * so a customer subscribed to it misses nothing. Its key covers the field, the item's path, the entry
 * time (as every content key does) and the canonical value: Meta resending the same change yields
 * the same event id.
 */
export function unmappedChangeEvent(input: UnmappedChangeInput, ctx: Pick<TranslationContext, 'entryTime' | 'receivedAt'>): TranslatedEvent {
  const digest = createHash('sha256')
    .update(`${input.field}\n${input.path ?? ''}\n${ctx.entryTime ?? ''}\n${stableStringify(input.value)}`)
    .digest('hex');
  const data: Record<string, unknown> = { field: input.field, reason: input.reason };
  if (input.path !== undefined) data.path = input.path;
  if (input.message !== undefined) data.message = input.message;
  data.entry_id = input.entryId;
  data.value = input.value === undefined ? null : input.value;
  return {
    type: UNMAPPED_CHANGE_TYPE,
    key: `unmapped:${digest}`,
    occurredAt: occurredAt({ wabaId: input.entryId, entryTime: ctx.entryTime, receivedAt: ctx.receivedAt }),
    phoneNumberId: null,
    data,
  };
}
