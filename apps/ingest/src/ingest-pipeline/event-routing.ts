import { EventRoute } from '@app/events';

/** The owners a group commit looked up: WABA id → workspace, business portfolio id → workspace. */
export interface Owners {
  wabas: ReadonlyMap<string, string>;
  businesses: ReadonlyMap<string, string>;
}

/** Where one event goes: a workspace and the envelope's waba_id, or why it goes nowhere. */
export type RouteDecision = { workspaceId: string; wabaId: string | null } | { unhandled: 'unknown_waba' | 'unknown_business' };

/**
 * Where the entry itself belongs: entry.id is a WABA id, or for partner webhooks a business portfolio
 * id (then the envelope has no waba_id). Undefined when no workspace has linked it.
 */
export function entryOwner(entryId: string, owners: Owners): { workspaceId: string; wabaId: string | null } | undefined {
  const byWaba = owners.wabas.get(entryId);
  if (byWaba) return { workspaceId: byWaba, wabaId: entryId };
  const byBusiness = owners.businesses.get(entryId);
  return byBusiness ? { workspaceId: byBusiness, wabaId: null } : undefined;
}

/**
 * Routes one translated event: `{wabaId}` → the owner of that WABA (envelope waba_id = it);
 * `{businessId}` → the owner of that portfolio (waba_id null); no route → the owner of entry.id.
 */
export function routeEvent(entryId: string, route: EventRoute | undefined, owners: Owners): RouteDecision {
  if (!route) return entryOwner(entryId, owners) ?? { unhandled: 'unknown_waba' };
  if ('wabaId' in route) {
    const workspaceId = owners.wabas.get(route.wabaId);
    return workspaceId ? { workspaceId, wabaId: route.wabaId } : { unhandled: 'unknown_waba' };
  }
  const workspaceId = owners.businesses.get(route.businessId);
  return workspaceId ? { workspaceId, wabaId: null } : { unhandled: 'unknown_business' };
}
