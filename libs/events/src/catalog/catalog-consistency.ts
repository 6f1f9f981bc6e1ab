import { EventTypeDefinition } from './event-type-definition';
import { EVENT_TYPE_PATTERN } from './event-type-name';
import { TranslatorRegistration } from '../translators/translator.types';

/**
 * Boot-time check that the catalog and the translators agree. Throws an Error naming every offending
 * type or field: a translator producing a type missing from the catalog, a catalog type naming a Meta
 * field whose translator does not produce it, a catalog type without an example, a type name breaking
 * EVENT_TYPE_PATTERN, a duplicated type, or a field claimed twice. Types with `metaField: null` are
 * emitted by this service itself (webhook.endpoint_disabled, meta.unmapped_change), not by a translator.
 */
export function assertCatalogConsistent(catalog: readonly EventTypeDefinition[], translators: readonly TranslatorRegistration[]): void {
  const problems: string[] = [];
  const types = new Set<string>();
  for (const def of catalog) {
    if (!EVENT_TYPE_PATTERN.test(def.type)) {
      problems.push(`event type "${def.type}" does not match ${String(EVENT_TYPE_PATTERN)} ("<word>.<action>")`);
    }
    if (types.has(def.type)) problems.push(`event type "${def.type}" is listed twice in the catalog`);
    types.add(def.type);
    const example: unknown = def.example;
    if (example === null || typeof example !== 'object' || Array.isArray(example) || Object.keys(example).length === 0) {
      problems.push(`event type "${def.type}" has no example`);
    }
    if (typeof def.payload !== 'function') problems.push(`event type "${def.type}" has no payload class`);
  }
  const fields = new Set<string>();
  for (const translator of translators) {
    if (fields.has(translator.field)) problems.push(`Meta field "${translator.field}" is claimed by two translators`);
    fields.add(translator.field);
    for (const type of translator.produces) {
      if (!types.has(type)) {
        problems.push(`translator for "${translator.field}" produces "${type}", which is not in the event catalog`);
      }
    }
  }
  for (const def of catalog) {
    if (def.metaField === null) continue;
    const translator = translators.find((t) => t.field === def.metaField);
    if (!translator?.produces.includes(def.type)) {
      problems.push(`event type "${def.type}" comes from Meta field "${def.metaField}", but no translator for that field produces it`);
    }
  }
  if (problems.length > 0) throw new Error(`Event catalog is inconsistent:\n- ${problems.join('\n- ')}`);
}
