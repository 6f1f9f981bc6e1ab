import { createHmac } from 'node:crypto';
import { findEventType } from '../catalog/event-catalog';
import { EventEnvelope } from '../envelope';
import { PayloadOptions, RedactionClass } from './payload-options';
import { CONTEXTUAL_PHONE_KEYS, REDACTION_RULES, UNREDACTED_CATEGORIES } from './redaction-rules';

/** The body an endpoint receives: the envelope with `data`/`raw` left out or redacted as it chose. */
export type ShapedEnvelope = Omit<EventEnvelope, 'data' | 'raw'> & { data?: Record<string, unknown>; raw?: EventEnvelope['raw'] };

/** A hashed value: "h:" + base64url of HMAC-SHA256(endpoint key, value), stable per endpoint. */
export function redactedHash(key: Buffer, value: string | number | boolean): string {
  return 'h:' + createHmac('sha256', key).update(String(value)).digest('base64url');
}

type Action = { kind: 'hash' | 'remove'; cls: RedactionClass };

function actionsFor(classes: readonly RedactionClass[]): { byKey: Map<string, Action>; contextual: Map<string, Set<string>> } {
  const byKey = new Map<string, Action>();
  // Removal wins over hashing when two classes name the same key.
  for (const cls of [...classes].sort((a, b) => (REDACTION_RULES[a].action === 'remove' ? 1 : 0) - (REDACTION_RULES[b].action === 'remove' ? 1 : 0))) {
    for (const key of REDACTION_RULES[cls].keys) byKey.set(key, { kind: REDACTION_RULES[cls].action, cls });
  }
  const contextual = new Map<string, Set<string>>();
  if (classes.includes('phone_numbers')) for (const [parent, keys] of Object.entries(CONTEXTUAL_PHONE_KEYS)) contextual.set(parent, new Set(keys));
  return { byKey, contextual };
}

/** Every scalar under a hashed key is hashed (null stays null: absence is not personal). */
function hashAll(value: unknown, key: Buffer): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v) => hashAll(v, key));
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hashAll(v, key)]));
  return redactedHash(key, value as string | number | boolean);
}

/** Where a redaction touched the value, as "a.b[].c" paths (for the documentation table). */
export type RedactionTrace = Map<string, { path: string; cls: RedactionClass; kind: 'hash' | 'remove' }>;

function redactValue(
  value: unknown,
  rules: ReturnType<typeof actionsFor>,
  key: Buffer,
  path: string,
  parentKey: string | null,
  trace?: RedactionTrace,
): unknown {
  if (Array.isArray(value)) return value.map((v) => redactValue(v, rules, key, `${path}[]`, parentKey, trace));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  const contextual = parentKey ? rules.contextual.get(parentKey) : undefined;
  for (const [k, v] of Object.entries(value)) {
    const childPath = path ? `${path}.${k}` : k;
    const action: Action | undefined = rules.byKey.get(k) ?? (contextual?.has(k) ? { kind: 'hash', cls: 'phone_numbers' } : undefined);
    if (!action) {
      out[k] = redactValue(v, rules, key, childPath, k, trace);
      continue;
    }
    trace?.set(childPath, { path: childPath, cls: action.cls, kind: action.kind });
    if (action.kind === 'hash') out[k] = hashAll(v, key);
  }
  return out;
}

/** Whether any class applies to events of this type (templates, account state and our own notices carry no personal data). */
export function isRedactable(type: string): boolean {
  const def = findEventType(type as EventEnvelope['type']);
  return !def || !UNREDACTED_CATEGORIES.includes(def.category);
}

/**
 * `data` with the chosen classes hashed or removed. The opaque Meta value of an unmapped change is
 * removed whole under any class: its shape is unknown, so no key rule can vouch for it.
 */
export function redactData(
  type: string,
  data: Record<string, unknown>,
  classes: readonly RedactionClass[],
  key: Buffer,
  trace?: RedactionTrace,
): Record<string, unknown> {
  if (classes.length === 0 || !isRedactable(type)) return data;
  const redacted = redactValue(data, actionsFor(classes), key, '', null, trace) as Record<string, unknown>;
  if (type === 'meta.unmapped_change' && 'value' in redacted) {
    delete redacted.value;
    for (const cls of classes) trace?.set(`value (${cls})`, { path: 'value', cls, kind: 'remove' });
  }
  return redacted;
}

/**
 * The envelope as one endpoint receives it. `thin` keeps the envelope only (the receiver fetches the
 * event with GET /v1/events/{id}); `without_raw` and any redaction leave out Meta's raw change (it
 * repeats every personal field in Meta's own shape). The stored envelope is never changed.
 */
export function shapeEnvelope(envelope: EventEnvelope, options: PayloadOptions, redactionKey: Buffer | null): ShapedEnvelope {
  const { data, raw, ...head } = envelope;
  if (options.payload === 'thin') return head;
  const redacting = options.redact.length > 0;
  if (redacting && !redactionKey) throw new Error('a redacting endpoint needs its redaction key');
  const shapedData = redacting ? redactData(envelope.type, data, options.redact, redactionKey!) : data;
  if (options.payload === 'without_raw' || redacting) return { ...head, data: shapedData };
  return { ...head, data: shapedData, raw };
}
