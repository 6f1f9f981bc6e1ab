import { Type } from '@nestjs/common';

interface PropertyMeta {
  type?: unknown;
  isArray?: boolean;
}

const MAX_DEPTH = 8;
const SCALARS: unknown[] = [String, Number, Boolean, Object, Date];

function properties(cls: Type<unknown>): [string, PropertyMeta][] {
  const names = (Reflect.getMetadata('swagger/apiModelPropertiesArray', cls.prototype) as string[] | undefined) ?? [];
  return names.map((raw) => {
    const name = raw.replace(/^:/, '');
    return [name, (Reflect.getMetadata('swagger/apiModelProperties', cls.prototype, name) as PropertyMeta | undefined) ?? {}];
  });
}

/** The documented class of a property, when it is one (swagger keeps `type: [X]` as an array, and classes as themselves). */
function nestedClass(meta: PropertyMeta): Type<unknown> | null {
  const t = Array.isArray(meta.type) ? (meta.type[0] as unknown) : meta.type;
  if (typeof t !== 'function' || SCALARS.includes(t) || !t.prototype) return null;
  return t as Type<unknown>;
}

/**
 * A value with every property a payload class documents (nested classes and arrays included, every
 * leaf a placeholder string): what the redaction rules are run over to document, per event type, every
 * field they touch, including the ones no example carries.
 */
export function payloadSkeleton(cls: Type<unknown>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, meta] of properties(cls)) {
    const nested = depth < MAX_DEPTH ? nestedClass(meta) : null;
    const value = nested ? payloadSkeleton(nested, depth + 1) : 'x';
    out[name] = meta.isArray || Array.isArray(meta.type) ? [value] : value;
  }
  return out;
}
