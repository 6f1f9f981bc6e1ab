import { createHash } from 'node:crypto';
import { EventTypeName } from '../catalog/event-type-name';
import { isoSeconds } from '../envelope';
import { EventRoute, MetaFieldTranslator, TranslatedEvent, TranslationContext, TranslatorRegistration, UnreadableChangeError } from './translator.types';

/** A plain JSON object, or undefined when `value` is anything else (null, array, scalar). */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The array, or an empty one when `value` is not an array. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Array items that are JSON objects (anything else is skipped). */
export function recordsOf(value: unknown): Record<string, unknown>[] {
  return asArray(value)
    .map((item) => asRecord(item))
    .filter((item): item is Record<string, unknown> => item !== undefined);
}

/** A non-empty string; numbers are rendered (Meta sends some ids as numbers). */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > 0 ? value : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  return undefined;
}

/** A finite number; numeric strings are parsed. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** Unix seconds (number or numeric string, as Meta sends both) → Date. */
export function unixToDate(value: unknown): Date | undefined {
  const seconds = num(value);
  if (seconds === undefined || seconds < 0) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Unix seconds → ISO-8601 with seconds precision ("2026-05-11T08:03:31Z"). */
export function unixToIso(value: unknown): string | undefined {
  const date = unixToDate(value);
  return date ? toIsoSeconds(date) : undefined;
}

/**
 * A Meta time that is Unix seconds in some payloads and human text in others (restriction expiration,
 * disable_date, ban dates): ISO-8601 when it is a number of seconds, else Meta's text as sent.
 */
export function unixToIsoOrText(value: unknown): string | undefined {
  return unixToIso(value) ?? (typeof value === 'string' ? str(value) : undefined);
}

/** A limit Meta sends either as a number (2000, -1) or as a tier name ("TIER_2K"): kept as whichever it is. */
export function numOrStr(value: unknown): number | string | undefined {
  return num(value) ?? (typeof value === 'string' ? str(value) : undefined);
}

/** Seconds precision ISO-8601, as every envelope time. */
export const toIsoSeconds = isoSeconds;

/** Drops keys whose value is undefined, so payloads carry only what Meta gave. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  const out: Record<string, unknown> = {};
  // for…in over the object literals translators build (no inherited keys): a tenth of Object.entries' cost, four calls per status.
  for (const k in obj) if (obj[k] !== undefined) out[k] = obj[k];
  return out as T;
}

/** A shallow copy of the object's own keys (or undefined when not an object). */
export function copyRecord(value: unknown): Record<string, unknown> | undefined {
  const record = asRecord(value);
  return record ? { ...record } : undefined;
}

/** The object at `value` or an UnreadableChangeError naming the field. */
export function requireRecord(field: string, value: unknown, what = 'value'): Record<string, unknown> {
  const record = asRecord(value);
  if (!record) throw new UnreadableChangeError(field, `${what} is not an object`);
  return record;
}

/** `obj[key]` as a non-empty string, or an UnreadableChangeError naming it. */
export function requireString(field: string, obj: Record<string, unknown>, key: string, what = key): string {
  const value = str(obj[key]);
  if (value === undefined) throw new UnreadableChangeError(field, `missing ${what}`);
  return value;
}

/**
 * JSON.stringify with object keys sorted at every level: equal content, equal text. Iterative (an
 * explicit stack, no recursion), so a value nested tens of thousands of levels deep cannot overflow
 * the call stack.
 */
export function stableStringify(value: unknown): string {
  const out: string[] = [];
  // Work items: a value still to render, or literal text already decided.
  const stack: Array<{ value: unknown } | string> = [{ value }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    const current = item.value;
    if (current === undefined || current === null || typeof current !== 'object') {
      const text = current === undefined ? undefined : JSON.stringify(current);
      out.push(text === undefined ? 'null' : text);
      continue;
    }
    // Pushed in reverse: the stack pops them in reading order.
    const parts: Array<{ value: unknown } | string> = [];
    if (Array.isArray(current)) {
      parts.push('[');
      current.forEach((child: unknown, i) => {
        if (i > 0) parts.push(',');
        parts.push({ value: child });
      });
      parts.push(']');
    } else {
      const record = current as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort();
      parts.push('{');
      keys.forEach((k, i) => {
        parts.push(`${i > 0 ? ',' : ''}${JSON.stringify(k)}:`);
        parts.push({ value: record[k] });
      });
      parts.push('}');
    }
    for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]);
  }
  return out.join('');
}

/**
 * Deduplication key for a change without an id of its own: sha256 of the field, the entry time and
 * the value's content. Meta resending the identical change yields the identical key.
 */
export function contentKey(field: string, ctx: TranslationContext, value: unknown): string {
  const digest = createHash('sha256')
    .update(`${field}\n${ctx.entryTime ?? ''}\n${stableStringify(value)}`)
    .digest('hex');
  return `sha256:${digest}`;
}

/**
 * Deduplication key of one item of a change array (one automatic event, one contact sync…) with no id
 * of its own: the content key of the item together with the rest of the change (metadata…), without
 * its siblings, so each item keeps its key whatever else Meta batched with it.
 */
export function itemContentKey(field: string, ctx: TranslationContext, value: Record<string, unknown>, arrayKey: string, item: unknown): string {
  return contentKey(field, ctx, { change: { ...value, [arrayKey]: undefined }, item });
}

/** The payload's own time when it has one, else entry.time, else when the POST arrived. */
export function occurredAt(ctx: TranslationContext, ownTimestamp?: unknown): Date {
  return unixToDate(ownTimestamp) ?? unixToDate(ctx.entryTime) ?? ctx.receivedAt;
}

/** `value.metadata` of message-like fields (messages, calls, echoes, history...). */
export interface PhoneMetadata {
  phoneNumberId: string | null;
  displayPhoneNumber: string | undefined;
}

export function readMetadata(value: Record<string, unknown>): PhoneMetadata {
  const metadata = asRecord(value.metadata);
  return {
    phoneNumberId: str(metadata?.phone_number_id) ?? null,
    displayPhoneNumber: str(metadata?.display_phone_number),
  };
}

/**
 * Meta's error object → `{code, title, message, details, href}` (what Meta gave of it). `details` is
 * `error_data.details`, or a top-level `details` as the legacy `unknown` message type sends it.
 */
export function readErrors(value: unknown): Record<string, unknown>[] | undefined {
  const errors = recordsOf(value);
  if (errors.length === 0) return undefined;
  return errors.map((error) =>
    compact({
      code: num(error.code),
      title: str(error.title),
      message: str(error.message),
      details: str(asRecord(error.error_data)?.details) ?? str(error.details),
      href: str(error.href),
    }),
  );
}

/** Where a change-level event belongs and which business number it concerns, when Meta says. */
export interface ChangeLocation {
  phoneNumberId?: string | null;
  displayPhoneNumber?: string;
  route?: EventRoute;
}

/** One event for a whole change (WABA-level fields without their own id). */
export function changeEvent(
  field: string,
  type: EventTypeName,
  value: unknown,
  ctx: TranslationContext,
  data: Record<string, unknown>,
  opts: { ownTimestamp?: unknown } & ChangeLocation = {},
): TranslatedEvent {
  const event: TranslatedEvent = {
    type,
    key: contentKey(field, ctx, value),
    occurredAt: occurredAt(ctx, opts.ownTimestamp),
    phoneNumberId: opts.phoneNumberId ?? null,
    data: compact(data),
  };
  if (opts.displayPhoneNumber !== undefined) event.displayPhoneNumber = opts.displayPhoneNumber;
  if (opts.route !== undefined) event.route = opts.route;
  return event;
}

/**
 * Registration for the common case "one change → one event of one type": the translator checks the
 * value is an object and hands it to `read`, which returns the event's data. `locate` says which
 * number the change concerns or where it belongs, when that is not just the WABA in entry.id.
 */
export function singleChangeTranslator(
  field: string,
  type: EventTypeName,
  read: (value: Record<string, unknown>, ctx: TranslationContext) => Record<string, unknown>,
  opts: {
    ownTimestamp?: (value: Record<string, unknown>) => unknown;
    locate?: (value: Record<string, unknown>, ctx: TranslationContext) => ChangeLocation;
  } = {},
): TranslatorRegistration {
  const translate: MetaFieldTranslator = (raw, ctx) => {
    const value = requireRecord(field, raw);
    const data = read(value, ctx);
    return [changeEvent(field, type, raw, ctx, data, { ownTimestamp: opts.ownTimestamp?.(value), ...opts.locate?.(value, ctx) })];
  };
  return { field, produces: [type], translate };
}

/** Meta sends template ids as numbers; customers get strings (ids are not arithmetic). */
export function templateIdentity(field: string, value: Record<string, unknown>): Record<string, unknown> {
  return {
    template_id: requireString(field, value, 'message_template_id'),
    template_name: str(value.message_template_name),
    language: str(value.message_template_language),
  };
}

/** Parses a JSON string into an object/array; anything else is returned unchanged. */
export function parseJsonLoose(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed !== null && typeof parsed === 'object' ? parsed : value;
  } catch {
    return value;
  }
}

/**
 * Translates each item of an array of a change (messages[], statuses[], automatic_events[]…) on its own:
 * an item that throws is reported in `ctx.unreadable` under `path[i]` and its siblings still translate.
 * Without a collector in the context the first failure propagates, as a whole-change failure.
 */
export function eachItem<T>(ctx: TranslationContext, path: string, items: unknown, translate: (item: Record<string, unknown>, index: number) => T[]): T[] {
  const out: T[] = [];
  asArray(items).forEach((item, index) => {
    try {
      const record = asRecord(item);
      if (!record) throw new UnreadableChangeError(path, `${path}[${index}] is not an object`);
      out.push(...translate(record, index));
    } catch (err) {
      if (!ctx.unreadable) throw err;
      ctx.unreadable.push({ path: `${path}[${index}]`, value: item, message: err instanceof Error ? err.message : String(err) });
    }
  });
  return out;
}
