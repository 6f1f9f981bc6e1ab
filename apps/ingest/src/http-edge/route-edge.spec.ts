import { jsonNestsDeeperThan } from './json-depth';
import { routeEdge } from './route-edge';

describe('route edge', () => {
  it.each([
    ['/meta/webhook', 'meta'],
    ['/v1/webhooks', 'api'],
    ['/v1/webhooks/:id/test', 'api'],
    ['/admin/v1/workspaces', 'admin'],
    ['/admin/v1/unhandled-changes', 'admin'],
    ['/health/ready', 'open'],
    ['/docs', 'open'],
    ['/v1x', 'open'],
    ['/admin/v10/x', 'open'],
    [undefined, 'open'],
  ] as const)('%s → %s', (pattern, edge) => {
    expect(routeEdge(pattern)).toBe(edge);
  });
});

describe('JSON nesting depth scan', () => {
  const deep = (n: number) => Buffer.from('['.repeat(n) + ']'.repeat(n));

  it('counts arrays and objects', () => {
    expect(jsonNestsDeeperThan(deep(32), 32)).toBe(false);
    expect(jsonNestsDeeperThan(deep(33), 32)).toBe(true);
    expect(jsonNestsDeeperThan(Buffer.from('{"a":{"b":[{"c":1}]}}'), 4)).toBe(false);
    expect(jsonNestsDeeperThan(Buffer.from('{"a":{"b":[{"c":[]}]}}'), 4)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestsDeeperThan(Buffer.from(`{"a":"${'['.repeat(100)}"}`), 1)).toBe(false);
    expect(jsonNestsDeeperThan(Buffer.from(`{"a":"\\"${'{'.repeat(100)}"}`), 1)).toBe(false);
    expect(jsonNestsDeeperThan(Buffer.from(`["\\\\",[[]]]`), 2)).toBe(true);
  });

  it('scans 5 MB of nesting without recursion', () => {
    expect(jsonNestsDeeperThan(deep(2_500_000), 32)).toBe(true);
  });
});
