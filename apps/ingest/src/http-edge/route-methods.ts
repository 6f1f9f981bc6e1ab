/**
 * The methods registered for each route pattern, so a request that matched no route can be told apart:
 * a path nobody serves (404) or a known path asked with a method it does not have (405 + Allow).
 */
export class RouteMethods {
  private readonly routes = new Map<string, { pattern: RegExp; methods: Set<string> }>();

  /** `url` is a Fastify route pattern: static segments, `:param` segments, a trailing `*`. */
  add(url: string, method: string | string[]): void {
    let route = this.routes.get(url);
    if (!route) {
      route = { pattern: patternOf(url), methods: new Set() };
      this.routes.set(url, route);
    }
    for (const m of Array.isArray(method) ? method : [method]) route.methods.add(m.toUpperCase());
  }

  /** Methods of every pattern the path matches (sorted), empty when no route has this path. */
  allowedFor(url: string): string[] {
    const path = url.split('?')[0];
    const allowed = new Set<string>();
    for (const { pattern, methods } of this.routes.values()) {
      if (pattern.test(path)) for (const m of methods) allowed.add(m);
    }
    return [...allowed].sort();
  }
}

function patternOf(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*';
      // ":id" is one segment; a static part (possibly beside a parameter) is matched literally.
      return segment.replace(/:[A-Za-z0-9_]+|\*|[^:*]+/g, (part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escape(part)));
    })
    .join('/');
  return new RegExp(`^${source}$`);
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
