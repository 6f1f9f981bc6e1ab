import type { EventType } from './types';

// The catalog's own labels, bundled into the page: one list for the API, the docs and the page. The page's
// tsconfig maps only the catalog folder, so the server barrel (node:crypto, Nest) cannot leak into the bundle.
import { EVENT_CATEGORY_LABELS } from '@app/events/catalog/event-type-definition';

/** Category order and labels of the settings page (the catalog's `category` values). */
export const CATEGORY_LABELS: Record<string, string> = EVENT_CATEGORY_LABELS;

export const ALL_EVENTS = '*';

export interface EventGroup {
  category: string;
  label: string;
  types: EventType[];
}

function humanize(category: string): string {
  const words = category.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Normalises GET /v1/event-types: an array or { data }, with `type` or `name`. */
export function parseCatalog(body: unknown): EventType[] {
  const list = Array.isArray(body) ? body : ((body as { data?: unknown[] } | null)?.data ?? []);
  return list
    .map((raw) => {
      const e = raw as { type?: string; name?: string; category?: string; description?: string };
      return { type: e.type ?? e.name ?? '', category: e.category ?? 'operational', description: e.description ?? '' };
    })
    .filter((e) => e.type !== '');
}

/** Groups event types by category, known categories first in their fixed order, then any new one. */
export function groupByCategory(types: EventType[]): EventGroup[] {
  const known = Object.keys(CATEGORY_LABELS);
  const groups = new Map<string, EventType[]>();
  for (const t of types) groups.set(t.category, [...(groups.get(t.category) ?? []), t]);
  const order = [...known.filter((c) => groups.has(c)), ...[...groups.keys()].filter((c) => !known.includes(c)).sort()];
  return order.map((category) => ({ category, label: CATEGORY_LABELS[category] ?? humanize(category), types: groups.get(category)! }));
}

/** Subscription entries that are neither "*" nor a catalog type: wildcards like "template.*", kept as they are. */
export function extraPatterns(events: string[], types: EventType[]): string[] {
  const names = new Set(types.map((t) => t.type));
  return events.filter((e) => e !== ALL_EVENTS && !names.has(e));
}

/** Does a subscription entry cover this type? ("*", "template.*" or the exact name.) */
export function patternCovers(pattern: string, type: string): boolean {
  if (pattern === ALL_EVENTS) return true;
  if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}
