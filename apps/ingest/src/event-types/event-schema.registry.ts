import { Injectable } from '@nestjs/common';

type JsonObject = Record<string, unknown>;
const REF_PREFIX = '#/components/schemas/';

/** The JSON schema of one payload class: its own schema plus every schema it references, under $defs. */
export function selfContainedSchema(name: string, components: Record<string, unknown>): JsonObject | null {
  if (!components[name]) return null;
  const defs: Record<string, unknown> = {};
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node as JsonObject)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith(REF_PREFIX)) {
        const ref = v.slice(REF_PREFIX.length);
        if (!(ref in defs) && ref !== name) {
          defs[ref] = null; // placeholder first, so cycles terminate
          defs[ref] = rewrite(components[ref] ?? {});
        }
        out[k] = ref === name ? '#' : `#/$defs/${ref}`;
      } else {
        out[k] = rewrite(v);
      }
    }
    return out;
  };
  const root = rewrite(components[name]) as JsonObject;
  return Object.keys(defs).length > 0 ? { ...root, $defs: defs } : root;
}

/**
 * Holds the OpenAPI component schemas once the document is built at boot (docs/swagger.ts), so the
 * event-types endpoint serves exactly the schemas the document publishes.
 */
@Injectable()
export class EventSchemaRegistry {
  private components: Record<string, unknown> = {};

  register(components: Record<string, unknown>): void {
    this.components = components;
  }

  schemaFor(payloadName: string): JsonObject | null {
    return selfContainedSchema(payloadName, this.components);
  }
}
