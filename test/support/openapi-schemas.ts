import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';

export type Schema = Record<string, any>;
export interface OpenApiDocument {
  paths: Record<string, Record<string, Schema>>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, Schema> };
  [key: string]: unknown;
}

const REF_PREFIX = '#/components/schemas/';

/** The schema behind a $ref (one level), or the schema itself. */
export function deref(doc: OpenApiDocument, schema: Schema): Schema {
  let s = schema;
  while (typeof s?.$ref === 'string') s = doc.components.schemas[s.$ref.slice(REF_PREFIX.length)];
  return s;
}

/** OpenAPI 3.0 → what Ajv reads: `discriminator` with `mapping` is Ajv-unsupported and `oneOf` says the same. */
function forAjv(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forAjv);
  if (node === null || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'discriminator' || k === 'example') continue;
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, forAjv(s)])) : forAjv(v);
  }
  return out;
}

/** Validates values against the document's schemas (nullable, formats and all). */
export class ResponseValidator {
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(doc: OpenApiDocument) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', components: { schemas: forAjv(doc.components.schemas) } });
  }

  /** Null when valid, else Ajv's errors as text. */
  check(schema: Schema, value: unknown): string | null {
    const key = JSON.stringify(schema);
    let validate = this.cache.get(key);
    if (!validate) {
      const rebased = JSON.parse(key.replace(/"#\/components\/schemas\//g, '"openapi#/components/schemas/'));
      validate = this.ajv.compile(forAjv(rebased) as Schema);
      this.cache.set(key, validate);
    }
    return validate(value) ? null : this.ajv.errorsText(validate.errors, { separator: '\n' });
  }
}

function stringArbitrary(s: Schema): fc.Arbitrary<string> {
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as string[]));
  const minLength = s.minLength ?? 0;
  const maxLength = Math.min(s.maxLength ?? 40, 40);
  const sized = (a: fc.Arbitrary<string>) => a.filter((v) => v.length >= minLength && v.length <= (s.maxLength ?? Infinity));
  const example = typeof s.example === 'string' ? [fc.constant(s.example as string)] : [];
  if (s.format === 'uuid') return fc.uuid({ version: 4 });
  if (s.format === 'date-time')
    return fc.date({ min: new Date(Date.now() - 3 * 86_400_000), max: new Date(), noInvalidDate: true }).map((d) => d.toISOString());
  if (s.pattern) return fc.oneof(...example, sized(fc.stringMatching(new RegExp(s.pattern as string))));
  return fc.oneof(...example, fc.string({ minLength, maxLength }));
}

/**
 * Values valid by a schema of the document. Strings with an example sometimes take it, so that
 * semantic checks the schema cannot express (a URL that resolves) are passed often enough to reach 2xx.
 */
export function arbitraryFor(doc: OpenApiDocument, schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const s = deref(doc, schema);
  if (s.oneOf) return fc.oneof(...(s.oneOf as Schema[]).map((o) => arbitraryFor(doc, o, depth + 1)));
  if (s.enum && s.type !== 'array') return fc.constantFrom(...(s.enum as unknown[]));
  switch (s.type) {
    case 'string':
      return stringArbitrary(s);
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1_000_000, max: s.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(arbitraryFor(doc, s.items ?? { type: 'string' }, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 4, 4),
      });
    case 'object': {
      const properties = (s.properties ?? {}) as Record<string, Schema>;
      const required = (s.required ?? []) as string[];
      if (Object.keys(properties).length === 0) {
        const values = s.additionalProperties && s.additionalProperties !== true ? arbitraryFor(doc, s.additionalProperties, depth + 1) : fc.string();
        return fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/), values, { maxKeys: depth > 2 ? 0 : 3 });
      }
      return fc.record(Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, arbitraryFor(doc, v, depth + 1)])), {
        requiredKeys: required.filter((k) => k in properties),
      });
    }
    default:
      return fc.constant('x');
  }
}

/** A named body the schema refuses, for a request body schema with properties. */
export interface InvalidBody {
  name: string;
  body: unknown;
}

/** Wrong types, nulls, missing required properties, extra properties and oversized values, from one valid body. */
export function invalidBodies(doc: OpenApiDocument, schema: Schema, valid: Record<string, unknown>): InvalidBody[] {
  const s = deref(doc, schema);
  const properties = (s.properties ?? {}) as Record<string, Schema>;
  const out: InvalidBody[] = [
    { name: 'an array instead of the object', body: [valid] },
    { name: 'a string instead of the object', body: 'body' },
    { name: 'null instead of the object', body: null },
  ];
  if (s.additionalProperties === false) out.push({ name: 'an extra property', body: { ...valid, not_in_the_schema: 1 } });
  for (const name of (s.required ?? []) as string[]) {
    const { [name]: _dropped, ...rest } = valid;
    out.push({ name: `without required ${name}`, body: rest });
  }
  for (const [name, p] of Object.entries(properties)) {
    const prop = deref(doc, p);
    out.push({ name: `${name}: null`, body: { ...valid, [name]: null } });
    const wrong: unknown[] = prop.oneOf
      ? []
      : prop.type === 'string'
        ? [42]
        : prop.type === 'array'
          ? ['not-an-array', {}]
          : prop.type === 'object'
            ? ['text', [1]]
            : ['text', true];
    if (prop.type === 'boolean') wrong.splice(0, 2, 'true', 1);
    if (prop.type === 'integer') wrong.push(1.5);
    for (const w of wrong) out.push({ name: `${name}: ${JSON.stringify(w)}`, body: { ...valid, [name]: w } });
    if (prop.type === 'string' && typeof prop.maxLength === 'number')
      out.push({ name: `${name}: over maxLength`, body: { ...valid, [name]: 'a'.repeat(prop.maxLength + 1) } });
    if (prop.type === 'string' && prop.enum) out.push({ name: `${name}: not in the enum`, body: { ...valid, [name]: 'not.a_member' } });
    if (prop.type === 'array' && typeof prop.maxItems === 'number') {
      const item = Array.isArray(valid[name]) && (valid[name] as unknown[]).length > 0 ? (valid[name] as unknown[])[0] : 'x';
      out.push({ name: `${name}: over maxItems`, body: { ...valid, [name]: Array.from({ length: prop.maxItems + 1 }, () => item) } });
    }
    if ((prop.type === 'integer' || prop.type === 'number') && typeof prop.maximum === 'number')
      out.push({ name: `${name}: above maximum`, body: { ...valid, [name]: prop.maximum + 1 } });
    if ((prop.type === 'integer' || prop.type === 'number') && typeof prop.minimum === 'number')
      out.push({ name: `${name}: below minimum`, body: { ...valid, [name]: prop.minimum - 1 } });
  }
  out.push({ name: 'a body of 2 MB', body: { ...valid, padding: 'p'.repeat(2 * 1024 * 1024) } });
  return out;
}
