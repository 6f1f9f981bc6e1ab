/** Which door a route is: it decides who is authenticated how, and how large a body may be. */
export type RouteEdge = 'meta' | 'api' | 'admin' | 'open';

/** Largest body of a management or provisioning request: none needs more than a few kilobytes. */
export const API_BODY_LIMIT_BYTES = 64 * 1024;

/** Deepest JSON nesting accepted on /v1 and /admin/v1 (the deepest DTO is 3 levels). */
export const MAX_API_JSON_DEPTH = 32;

export const META_WEBHOOK_PATH = '/meta/webhook';

/** The edge of a registered route, from its pattern (e.g. "/v1/webhooks/:id"), never from the raw URL. */
export function routeEdge(routePattern: string | undefined): RouteEdge {
  if (!routePattern) return 'open';
  if (routePattern === META_WEBHOOK_PATH) return 'meta';
  if (routePattern === '/v1' || routePattern.startsWith('/v1/')) return 'api';
  if (routePattern === '/admin/v1' || routePattern.startsWith('/admin/v1/')) return 'admin';
  return 'open';
}
