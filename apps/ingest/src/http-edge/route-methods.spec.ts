import { RouteMethods } from './route-methods';

describe('RouteMethods', () => {
  const routes = new RouteMethods();
  routes.add('/v1/webhooks', 'GET');
  routes.add('/v1/webhooks', ['POST', 'HEAD']);
  routes.add('/v1/webhooks/:id', ['GET', 'PATCH', 'DELETE']);
  routes.add('/v1/webhooks/:id/rotate-secret', 'POST');
  routes.add('/docs/*', 'GET');
  routes.add('/meta/webhook', ['GET', 'POST']);

  it('lists the methods of a static path, sorted', () => {
    expect(routes.allowedFor('/v1/webhooks')).toEqual(['GET', 'HEAD', 'POST']);
  });

  it('matches parameters within one segment only', () => {
    expect(routes.allowedFor('/v1/webhooks/8c3f1a52-0a6b-4c1e-9d4c-2b2f8e0c1a11')).toEqual(['DELETE', 'GET', 'PATCH']);
    expect(routes.allowedFor('/v1/webhooks/a/b')).toEqual([]);
    expect(routes.allowedFor('/v1/webhooks/abc/rotate-secret')).toEqual(['POST']);
  });

  it('ignores the query string and matches wildcards', () => {
    expect(routes.allowedFor('/meta/webhook?hub.mode=subscribe')).toEqual(['GET', 'POST']);
    expect(routes.allowedFor('/docs/swagger-ui.css')).toEqual(['GET']);
  });

  it('knows nothing of unknown paths, nor of literal dots as wildcards', () => {
    expect(routes.allowedFor('/v2/webhooks')).toEqual([]);
    const dotted = new RouteMethods();
    dotted.add('/a.b', 'GET');
    expect(dotted.allowedFor('/axb')).toEqual([]);
    expect(dotted.allowedFor('/a.b')).toEqual(['GET']);
  });
});
