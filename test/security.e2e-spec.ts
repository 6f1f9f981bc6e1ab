import { request } from 'node:http';
import { http, HttpResult, IngestClient, loadMetaFixture, metaSignature, withWabaId } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { ADMIN_TOKEN, createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';

type Json = Record<string, any>;

/**
 * A fixed corpus of hostile requests against the built ingest with ALLOW_PRIVATE_TARGETS=false. Each case
 * asserts the exact status, the error code and field, and that no table changed (nothing stored, nothing
 * delivered). One instance serves the corpus; a second with small limits serves the rate-limit cases.
 */

const WABA_A = '230000000000001';
const WABA_B = '230000000000002';
const PUBLIC_URL = 'https://93.184.216.34/hooks';
const TABLES = ['workspaces', 'api_keys', 'whatsapp_accounts', 'webhook_endpoints', 'events', 'deliveries', 'delivery_attempts', 'unhandled_changes'];

/**
 * POST that sends its headers first and the body only if no answer came within a second: a server that
 * refuses from the headers (401, 413 on Content-Length) answers and closes without reading the body,
 * which fetch reports as EPIPE; here the refusal itself is what is checked.
 */
function postEarlyAnswered(url: string, body: string | Buffer, headers: Record<string, string>): Promise<HttpResult<Json>> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      clearTimeout(timer);
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        req.destroy();
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: Json = {};
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON
        }
        resolve({ status: res.statusCode ?? 0, body: parsed, text });
      });
    });
    req.on('error', reject);
    req.flushHeaders();
    const timer = setTimeout(() => req.end(body), 1000);
  });
}

interface Case {
  name: string;
  send: () => Promise<HttpResult<Json>>;
  status: number;
  code: string;
  /** The field the 400 must name. */
  field?: string;
}

describe('security: a fixed corpus of hostile requests is refused with the exact status, and nothing is stored or delivered', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let client: IngestClient;
  let a: { id: string; api_key: string };
  let b: { id: string; api_key: string };
  const ids = { whA: '', whB: '', eventB: '', deliveryB: '' };

  /** Every table's row count and content digest: equal before and after means nothing was written. */
  const fingerprint = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (t) => {
          const [row] = await query<{ n: number; h: string }>(
            env.databaseUrl,
            `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${t} t`,
          );
          return [t, row] as const;
        }),
      ),
    );

  const api =
    (method: string, path: string, body?: unknown, key = () => a.api_key) =>
    () =>
      http<Json>(method, `${ingest.baseUrl}${path}`, { headers: { authorization: `Bearer ${key()}` }, body });
  const admin = (method: string, path: string, body?: unknown) => () =>
    http<Json>(method, `${ingest.baseUrl}/admin/v1${path}`, { headers: { 'x-admin-token': ADMIN_TOKEN }, body });
  const raw = (method: string, path: string, body: string | Buffer, headers: Record<string, string>) => () =>
    http<Json>(method, `${ingest.baseUrl}${path}`, { raw: body, headers: { 'content-type': 'application/json', ...headers } });
  const metaBody = () => JSON.stringify(withWabaId(loadMetaFixture('messages-text.json'), WABA_A));
  const postMeta = (body: string | Buffer, signature: string | undefined) => () => {
    const headers = { 'content-type': 'application/json', ...(signature === undefined ? {} : { 'x-hub-signature-256': signature }) };
    // Megabytes refused from the headers alone are never read: only the early answer can be seen.
    return body.length > 1_000_000
      ? postEarlyAnswered(`${ingest.baseUrl}/meta/webhook`, body, headers)
      : http<Json>('POST', `${ingest.baseUrl}/meta/webhook`, { raw: body, headers });
  };

  async function expectRefused(c: Case): Promise<void> {
    const before = await fingerprint();
    const res = await c.send();
    expect({ status: res.status, code: res.body?.code }).toEqual({ status: c.status, code: c.code });
    expect(res.body).toEqual({ status: c.status, code: c.code, message: expect.any(String), details: expect.any(Array) });
    if (c.field) expect(res.body.details.map((d: { field: string }) => d.field)).toContain(c.field);
    expect(await fingerprint()).toEqual(before);
  }

  beforeAll(async () => {
    env = await createTestEnvironment({
      ALLOW_PRIVATE_TARGETS: 'false',
      API_RATE_LIMIT_PER_SECOND: '10000',
      API_RATE_LIMIT_BURST: '10000',
      AUTH_FAILURE_LIMIT_PER_MINUTE: '10000',
      TEST_EVENT_LIMIT_PER_MINUTE: '100',
      DELIVERY_TIMEOUT_MS: '500',
    });
    ingest = await AppProcess.start('ingest', env.env);
    client = new IngestClient(ingest.baseUrl);
    a = await client.createWorkspace('A');
    b = await client.createWorkspace('B');
    await client.linkWaba(a.id, WABA_A);
    await client.linkWaba(b.id, WABA_B);
    ids.whA = (await client.createWebhook(a.api_key, { url: PUBLIC_URL, events: ['*'], description: 'A' })).id;
    ids.whB = (await client.createWebhook(b.api_key, { url: PUBLIC_URL, events: ['*'], description: 'B' })).id;
    // An event and a delivery of workspace B: a test event records both (its outbound call fails fast here).
    const sent = await client.api<Json>(b.api_key, 'POST', `/v1/webhooks/${ids.whB}/test`, { type: 'template.status_updated' });
    if (sent.status !== 200) throw new Error(`test event: ${sent.status} ${sent.text}`);
    ids.eventB = sent.body.event_id;
    const [delivery] = await query<{ id: string }>(env.databaseUrl, 'SELECT id FROM deliveries WHERE workspace_id = $1', [b.id]);
    ids.deliveryB = delivery.id;
  });

  afterAll(async () => {
    await ingest?.stop();
    await env?.cleanup();
  });

  describe('SSRF: no URL form reaches a non-public host or port', () => {
    const urls = [
      'https://2130706433/h', // decimal 127.0.0.1
      'https://0x7f000001/h', // hex
      'https://0177.0.0.1/h', // octal
      'https://0x7f.1/h', // short hex
      'https://127.1/h', // short
      'https://10.1/h',
      'https://[::ffff:127.0.0.1]/h', // IPv6-mapped
      'https://[::ffff:7f00:1]/h',
      'https://[0:0:0:0:0:ffff:a9fe:a9fe]/h', // mapped metadata address, full spelling
      'https://[::127.0.0.1]/h', // IPv4-compatible
      'https://[64:ff9b::7f00:1]/h', // NAT64
      'https://[64:ff9b::808:808]/h', // NAT64 of a public address: refused whole
      'https://[2002:7f00:1::1]/h', // 6to4
      'https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/h', // Teredo
      'https://user:pass@93.184.216.34/h', // userinfo
      'https://@93.184.216.34/h', // empty userinfo
      'https://93.184.216.34@127.0.0.1/h',
      'https://93.184.216.34\\@127.0.0.1/h', // backslash
      'https://93.184.216.34\\.evil/h',
      'https://localhost/h', // a name resolving to loopback
      'https://169.254.169.254/latest/meta-data',
      'https://93.184.216.34:22/h', // privileged port
      'https://93.184.216.34:1023/h',
      'http://93.184.216.34/h', // http only with private targets allowed
      'https://93.184.216.34/h x',
    ];
    it.each(urls)('create with %s → 400 url', (url) =>
      expectRefused({ name: url, send: api('POST', '/v1/webhooks', { url, events: ['*'] }), status: 400, code: 'validation_failed', field: 'url' }),
    );
    it.each(urls)('patch to %s → 400 url', (url) =>
      expectRefused({ name: url, send: api('PATCH', `/v1/webhooks/${ids.whA}`, { url }), status: 400, code: 'validation_failed', field: 'url' }),
    );

    it('stores the normalised form of an accepted URL', async () => {
      const res = await client.api<Json>(a.api_key, 'PATCH', `/v1/webhooks/${ids.whA}`, { url: 'HTTPS://93.184.216.34:443/a/../hooks' });
      expect(res.status).toBe(200);
      expect(res.body.url).toBe(PUBLIC_URL);
      const [row] = await query<{ url: string }>(env.databaseUrl, 'SELECT url FROM webhook_endpoints WHERE id = $1', [ids.whA]);
      expect(row.url).toBe(PUBLIC_URL);
    });
  });

  describe("tenancy: workspace A's key on workspace B's ids is 404 on every /v1 route", () => {
    // Every row has four cells: jest reads a test function with more parameters than cells as a done-callback test.
    const routes: [string, string, () => string, unknown][] = [
      ['GET', 'webhook', () => `/v1/webhooks/${ids.whB}`, undefined],
      ['PATCH', 'webhook', () => `/v1/webhooks/${ids.whB}`, { description: 'taken' }],
      ['DELETE', 'webhook', () => `/v1/webhooks/${ids.whB}`, undefined],
      ['POST', 'rotate-secret', () => `/v1/webhooks/${ids.whB}/rotate-secret`, {}],
      ['GET', 'secret', () => `/v1/webhooks/${ids.whB}/secret`, undefined],
      ['POST', 'test event', () => `/v1/webhooks/${ids.whB}/test`, { type: 'template.status_updated' }],
      ['GET', 'deliveries of a webhook', () => `/v1/webhooks/${ids.whB}/deliveries`, undefined],
      ['POST', 'recover', () => `/v1/webhooks/${ids.whB}/recover`, { since: '2020-01-01T00:00:00Z' }],
      ['POST', 'retry a delivery', () => `/v1/deliveries/${ids.deliveryB}/retry`, undefined],
      ['GET', 'event', () => `/v1/events/${ids.eventB}`, undefined],
    ];
    it.each(routes)('%s %s → 404', async (method, _what, path, body) => {
      await expectRefused({ name: path(), send: () => api(method, path(), body)(), status: 404, code: 'not_found' });
    });

    it("the same ids answer workspace B's own key (they are real)", async () => {
      for (const path of [`/v1/webhooks/${ids.whB}`, `/v1/webhooks/${ids.whB}/secret`, `/v1/webhooks/${ids.whB}/deliveries`, `/v1/events/${ids.eventB}`]) {
        expect((await client.api(b.api_key, 'GET', path)).status).toBe(200);
      }
    });
  });

  describe('null and wrong types: 400 naming the field, on every DTO', () => {
    const create = (extra: Json) => ({ url: PUBLIC_URL, events: ['*'], ...extra });
    const cases: [string, () => Promise<HttpResult<Json>>, string][] = [
      // POST /v1/webhooks
      ...(['url', 'events', 'description', 'enabled', 'filter', 'headers'] as const).map(
        (f) => [`create ${f}: null`, api('POST', '/v1/webhooks', create({ [f]: null })), f] as [string, () => Promise<HttpResult<Json>>, string],
      ),
      ['create url: number', api('POST', '/v1/webhooks', create({ url: 5 })), 'url'],
      ['create url: array', api('POST', '/v1/webhooks', create({ url: [PUBLIC_URL] })), 'url'],
      ['create events: string', api('POST', '/v1/webhooks', create({ events: '*' })), 'events'],
      ['create events: object', api('POST', '/v1/webhooks', create({ events: { 0: '*' } })), 'events'],
      ['create events: [number]', api('POST', '/v1/webhooks', create({ events: [5] })), 'events'],
      ['create events: [null]', api('POST', '/v1/webhooks', create({ events: [null] })), 'events'],
      ['create description: number', api('POST', '/v1/webhooks', create({ description: 5 })), 'description'],
      ['create description: object', api('POST', '/v1/webhooks', create({ description: {} })), 'description'],
      ['create enabled: string', api('POST', '/v1/webhooks', create({ enabled: 'true' })), 'enabled'],
      ['create enabled: number', api('POST', '/v1/webhooks', create({ enabled: 1 })), 'enabled'],
      ['create filter: array', api('POST', '/v1/webhooks', create({ filter: [] })), 'filter'],
      ['create filter: string', api('POST', '/v1/webhooks', create({ filter: 'x' })), 'filter'],
      ['create filter.phone_number_ids: null', api('POST', '/v1/webhooks', create({ filter: { phone_number_ids: null } })), 'filter.phone_number_ids'],
      ['create filter.phone_number_ids: string', api('POST', '/v1/webhooks', create({ filter: { phone_number_ids: '1' } })), 'filter.phone_number_ids'],
      ['create filter.phone_number_ids: object', api('POST', '/v1/webhooks', create({ filter: { phone_number_ids: { a: '1' } } })), 'filter.phone_number_ids'],
      ['create filter.phone_number_ids: [number]', api('POST', '/v1/webhooks', create({ filter: { phone_number_ids: [1] } })), 'filter.phone_number_ids'],
      ['create headers: array', api('POST', '/v1/webhooks', create({ headers: ['x'] })), 'headers'],
      ['create headers: string', api('POST', '/v1/webhooks', create({ headers: 'x' })), 'headers'],
      ['create headers value: null', api('POST', '/v1/webhooks', create({ headers: { 'x-a': null } })), 'headers.x-a'],
      ['create headers value: number', api('POST', '/v1/webhooks', create({ headers: { 'x-a': 1 } })), 'headers.x-a'],
      ['create unknown field', api('POST', '/v1/webhooks', create({ secret: 'mine' })), 'secret'],
      // PATCH /v1/webhooks/{id}
      ...(['url', 'events', 'description', 'enabled', 'filter', 'headers'] as const).map(
        (f) => [`patch ${f}: null`, () => api('PATCH', `/v1/webhooks/${ids.whA}`, { [f]: null })(), f] as [string, () => Promise<HttpResult<Json>>, string],
      ),
      ['patch url: number', () => api('PATCH', `/v1/webhooks/${ids.whA}`, { url: 1 })(), 'url'],
      ['patch events: object', () => api('PATCH', `/v1/webhooks/${ids.whA}`, { events: { a: 1 } })(), 'events'],
      ['patch events: empty', () => api('PATCH', `/v1/webhooks/${ids.whA}`, { events: [] })(), 'events'],
      ['patch description: number', () => api('PATCH', `/v1/webhooks/${ids.whA}`, { description: 1 })(), 'description'],
      ['patch enabled: string', () => api('PATCH', `/v1/webhooks/${ids.whA}`, { enabled: 'false' })(), 'enabled'],
      ['patch filter: number', () => api('PATCH', `/v1/webhooks/${ids.whA}`, { filter: 1 })(), 'filter'],
      [
        'patch filter.phone_number_ids: null',
        () => api('PATCH', `/v1/webhooks/${ids.whA}`, { filter: { phone_number_ids: null } })(),
        'filter.phone_number_ids',
      ],
      ['patch headers: array', () => api('PATCH', `/v1/webhooks/${ids.whA}`, { headers: [] })(), 'headers'],
      // POST /v1/webhooks/{id}/rotate-secret
      ['rotate grace_period_hours: null', () => api('POST', `/v1/webhooks/${ids.whA}/rotate-secret`, { grace_period_hours: null })(), 'grace_period_hours'],
      ['rotate grace_period_hours: string', () => api('POST', `/v1/webhooks/${ids.whA}/rotate-secret`, { grace_period_hours: '24' })(), 'grace_period_hours'],
      ['rotate grace_period_hours: fraction', () => api('POST', `/v1/webhooks/${ids.whA}/rotate-secret`, { grace_period_hours: 1.5 })(), 'grace_period_hours'],
      ['rotate grace_period_hours: array', () => api('POST', `/v1/webhooks/${ids.whA}/rotate-secret`, { grace_period_hours: [24] })(), 'grace_period_hours'],
      // POST /v1/webhooks/{id}/test
      ['test type: null', () => api('POST', `/v1/webhooks/${ids.whA}/test`, { type: null })(), 'type'],
      ['test type: number', () => api('POST', `/v1/webhooks/${ids.whA}/test`, { type: 5 })(), 'type'],
      ['test type: object', () => api('POST', `/v1/webhooks/${ids.whA}/test`, { type: {} })(), 'type'],
      // POST /v1/webhooks/{id}/recover
      ['recover since: null', () => api('POST', `/v1/webhooks/${ids.whA}/recover`, { since: null })(), 'since'],
      ['recover since: number', () => api('POST', `/v1/webhooks/${ids.whA}/recover`, { since: 1700000000000 })(), 'since'],
      ['recover since: boolean', () => api('POST', `/v1/webhooks/${ids.whA}/recover`, { since: true })(), 'since'],
      ['recover since: object', () => api('POST', `/v1/webhooks/${ids.whA}/recover`, { since: {} })(), 'since'],
      ['recover until: null', () => api('POST', `/v1/webhooks/${ids.whA}/recover`, { since: '2020-01-01T00:00:00Z', until: null })(), 'until'],
      ['recover until: number', () => api('POST', `/v1/webhooks/${ids.whA}/recover`, { since: '2020-01-01T00:00:00Z', until: 5 })(), 'until'],
      // query strings
      ['list limit: not a number', api('GET', '/v1/webhooks?limit=ten'), 'limit'],
      ['deliveries since: not a date', () => api('GET', `/v1/webhooks/${ids.whA}/deliveries?since=yesterday`)(), 'since'],
      // /admin/v1
      ['workspace name: null', admin('POST', '/workspaces', { name: null }), 'name'],
      ['workspace name: number', admin('POST', '/workspaces', { name: 5 }), 'name'],
      ['workspace name: object', admin('POST', '/workspaces', { name: { first: 'x' } }), 'name'],
      ['api key label: null', () => admin('POST', `/workspaces/${a.id}/api-keys`, { label: null })(), 'label'],
      ['api key label: number', () => admin('POST', `/workspaces/${a.id}/api-keys`, { label: 5 })(), 'label'],
      ['waba_id: null', () => admin('POST', `/workspaces/${a.id}/whatsapp-accounts`, { waba_id: null })(), 'waba_id'],
      ['waba_id: number', () => admin('POST', `/workspaces/${a.id}/whatsapp-accounts`, { waba_id: 230000000000009 })(), 'waba_id'],
      ['waba_id: array', () => admin('POST', `/workspaces/${a.id}/whatsapp-accounts`, { waba_id: ['230000000000009'] })(), 'waba_id'],
      ['unhandled limit: not a number', admin('GET', '/unhandled-changes?limit=x'), 'limit'],
    ];
    it.each(cases)('%s → 400', (name, send, field) => expectRefused({ name, send, status: 400, code: 'validation_failed', field }));

    it('a body that is not an object, or not JSON, is 400 too', async () => {
      await expectRefused({
        name: 'array body',
        send: raw('POST', '/v1/webhooks', '[1]', { authorization: `Bearer ${a.api_key}` }),
        status: 400,
        code: 'validation_failed',
      });
      await expectRefused({
        name: 'broken JSON',
        send: raw('POST', '/v1/webhooks', '{"url":', { authorization: `Bearer ${a.api_key}` }),
        status: 400,
        code: 'invalid_json',
      });
      await expectRefused({
        name: 'form body',
        send: raw('POST', '/v1/webhooks', 'url=x', { authorization: `Bearer ${a.api_key}`, 'content-type': 'application/x-www-form-urlencoded' }),
        status: 415,
        code: 'unsupported_media_type',
      });
    });
  });

  describe('custom headers: HTTP tokens only, no hop-by-hop or framing header, no CR/LF/NUL/obs-text in values', () => {
    const refused: [string, Json][] = [
      ...[
        'Connection',
        'Content-Length',
        'Transfer-Encoding',
        'Host',
        'Expect',
        'Keep-Alive',
        'Upgrade',
        'TE',
        'Trailer',
        'Proxy-Authorization',
        'Proxy-Connection',
        'webhook-id',
        'Webhook-Signature',
        'webhook-custom',
        'Content-Type',
        'User-Agent',
      ].map((name) => [`name ${name}`, { [name]: 'x' }] as [string, Json]),
      ['name with CRLF', { 'X-A\r\nX-B': 'x' }],
      ['name with a space', { 'X A': 'x' }],
      ['name with a colon', { 'X-A:': 'x' }],
      ['name with non-ASCII', { 'X-Ä': 'x' }],
      ['value with CRLF', { 'X-A': 'v\r\nX-Injected: 1' }],
      ['value with LF', { 'X-A': 'v\nX-Injected: 1' }],
      ['value with NUL', { 'X-A': 'v\u0000' }],
      ['value with obs-text', { 'X-A': 'caf\u00e9' }],
      ['value with DEL', { 'X-A': 'v\u007f' }],
    ];
    it.each(refused)('create with header %s → 400', (name, headers) =>
      expectRefused({
        name,
        send: api('POST', '/v1/webhooks', { url: PUBLIC_URL, events: ['*'], headers }),
        status: 400,
        code: 'validation_failed',
        field: `headers.${Object.keys(headers)[0]}`,
      }),
    );
    it.each(refused)('patch with header %s → 400', (name, headers) =>
      expectRefused({
        name,
        send: () => api('PATCH', `/v1/webhooks/${ids.whA}`, { headers })(),
        status: 400,
        code: 'validation_failed',
        field: `headers.${Object.keys(headers)[0]}`,
      }),
    );
  });

  describe('body size and depth: 413 above the route limit, 400 for deep nesting, credentials first', () => {
    const big = JSON.stringify({ description: 'x'.repeat(70 * 1024) });
    const routes: [string, string, () => string, 'api' | 'admin'][] = [
      ['POST', 'create webhook', () => '/v1/webhooks', 'api'],
      ['PATCH', 'patch webhook', () => `/v1/webhooks/${ids.whA}`, 'api'],
      ['POST', 'rotate secret', () => `/v1/webhooks/${ids.whA}/rotate-secret`, 'api'],
      ['POST', 'test event', () => `/v1/webhooks/${ids.whA}/test`, 'api'],
      ['POST', 'recover', () => `/v1/webhooks/${ids.whA}/recover`, 'api'],
      ['POST', 'retry', () => `/v1/deliveries/${ids.deliveryB}/retry`, 'api'],
      ['POST', 'create workspace', () => '/admin/v1/workspaces', 'admin'],
      ['POST', 'issue api key', () => `/admin/v1/workspaces/${a.id}/api-keys`, 'admin'],
      ['POST', 'link waba', () => `/admin/v1/workspaces/${a.id}/whatsapp-accounts`, 'admin'],
    ];
    const credentials = (kind: 'api' | 'admin'): Record<string, string> =>
      kind === 'api' ? { authorization: `Bearer ${a.api_key}` } : { 'x-admin-token': ADMIN_TOKEN };

    it.each(routes)('%s %s: 70 KB → 413', (method, _what, path, kind) =>
      expectRefused({ name: path(), send: () => raw(method, path(), big, credentials(kind))(), status: 413, code: 'payload_too_large' }),
    );
    it.each(routes)('%s %s: 70 KB without credentials → 401 (nothing read)', (method, _what, path) =>
      expectRefused({ name: path(), send: () => raw(method, path(), big, { authorization: 'Bearer wk_wrong' })(), status: 401, code: 'unauthorized' }),
    );
    it.each(routes)('%s %s: nested 40 deep → 400', (method, _what, path, kind) =>
      expectRefused({
        name: path(),
        send: () => raw(method, path(), `{"description":${'['.repeat(40)}${']'.repeat(40)}}`, credentials(kind))(),
        status: 400,
        code: 'validation_failed',
        field: 'body',
      }),
    );

    it('a 60 KB body of 30 000 nested arrays is refused before parsing', () =>
      expectRefused({
        name: 'deep',
        send: raw('POST', '/v1/webhooks', '['.repeat(30_000) + ']'.repeat(30_000), credentials('api')),
        status: 400,
        code: 'validation_failed',
        field: 'body',
      }));

    it('Meta: above 5 MB → 413 when signed, 401 without a signature; 5 MB of nesting unsigned → 401', async () => {
      const huge = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
      await expectRefused({ name: 'meta huge', send: postMeta(huge, metaSignature(huge)), status: 413, code: 'payload_too_large' });
      await expectRefused({ name: 'meta huge unsigned', send: postMeta(huge, undefined), status: 401, code: 'invalid_signature' });
      const nested = '['.repeat(2_500_000) + ']'.repeat(2_500_000);
      await expectRefused({ name: 'meta nested, bad signature', send: postMeta(nested, metaSignature('{}')), status: 401, code: 'invalid_signature' });
      await expectRefused({ name: 'meta nested, no signature', send: postMeta(nested, undefined), status: 401, code: 'invalid_signature' });
    });
  });

  describe('Meta signature: exactly "sha256=" + 64 hex digits of the HMAC of the raw bytes', () => {
    const cases: [string, (body: string) => string | undefined][] = [
      ['missing', () => undefined],
      ['empty', () => ''],
      ['truncated by one digit', (body) => metaSignature(body).slice(0, -1)],
      ['truncated to 32 digits', (body) => metaSignature(body).slice(0, 39)],
      ['trailing junk', (body) => metaSignature(body) + 'zz'],
      ['a trailing hex digit', (body) => metaSignature(body) + '0'],
      ['a trailing space-separated second value', (body) => `${metaSignature(body)} sha256=00`],
      ['uppercase prefix', (body) => metaSignature(body).replace('sha256=', 'SHA256=')],
      ['sha1 prefix', (body) => metaSignature(body).replace('sha256=', 'sha1=')],
      ['no prefix', (body) => metaSignature(body).slice(7)],
      ['signed with another secret', (body) => metaSignature(body, 'another-secret')],
      ['signature of other bytes', (body) => metaSignature(body + ' ')],
    ];
    it.each(cases)('%s → 401', (name, sign) => {
      const body = metaBody();
      return expectRefused({ name, send: postMeta(body, sign(body)), status: 401, code: 'invalid_signature' });
    });

    it('a text/plain body with a good signature is refused without parsing (415)', () => {
      const body = metaBody();
      return expectRefused({
        name: 'text/plain',
        send: () =>
          http<Json>('POST', `${ingest.baseUrl}/meta/webhook`, {
            raw: body,
            headers: { 'content-type': 'text/plain', 'x-hub-signature-256': metaSignature(body) },
          }),
        status: 415,
        code: 'unsupported_media_type',
      });
    });

    it('a signed 300 KB body (read through the pooled large-body path) is accepted and stored', async () => {
      const payload = withWabaId(loadMetaFixture('messages-text.json'), WABA_A) as Json;
      const message = payload.entry[0].changes[0].value.messages[0];
      message.id = 'wamid.security-large-body';
      message.text.body = 'x'.repeat(300 * 1024);
      const body = JSON.stringify(payload);
      const res = await postMeta(body, metaSignature(body))();
      expect(res.status).toBe(200);
      const [row] = await query<{ n: number }>(
        env.databaseUrl,
        "SELECT count(*)::int AS n FROM events WHERE workspace_id = $1 AND envelope::text LIKE '%wamid.security-large-body%'",
        [a.id],
      );
      expect(row.n).toBe(1);
    });

    it('the exact signature is accepted and the event stored', async () => {
      const body = metaBody();
      const res = await postMeta(body, metaSignature(body))();
      expect(res.status).toBe(200);
      const [row] = await query<{ n: number }>(env.databaseUrl, 'SELECT count(*)::int AS n FROM events WHERE workspace_id = $1', [a.id]);
      expect(row.n).toBeGreaterThan(0);
    });
  });

  describe('rate limits: 429 with Retry-After and the error shape; Meta never limited', () => {
    let limited: AppProcess;
    let receiver: WebhookReceiver;
    const at = (address: string) => ({ 'x-forwarded-for': address });
    const call = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
      http<Json>(method, `${limited.baseUrl}${path}`, { headers, body });

    beforeAll(async () => {
      receiver = await new WebhookReceiver().start();
      limited = await AppProcess.start('ingest', {
        ...env.env,
        ALLOW_PRIVATE_TARGETS: 'true',
        API_RATE_LIMIT_PER_SECOND: '1',
        API_RATE_LIMIT_BURST: '3',
        AUTH_FAILURE_LIMIT_PER_MINUTE: '3',
        TEST_EVENT_LIMIT_PER_MINUTE: '2',
      });
    });

    afterAll(async () => {
      await limited?.stop();
      await receiver?.stop();
    });

    /** Like http(), keeping the Retry-After header. */
    const callWithHeaders = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
      const res = await fetch(`${limited.baseUrl}${path}`, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: JSON.parse(text) as Json, retryAfter: res.headers.get('retry-after') };
    };

    function expect429(res: { status: number; body: Json; retryAfter: string | null }, maxSeconds: number): void {
      expect(res.status).toBe(429);
      expect(res.body).toEqual({ status: 429, code: 'rate_limited', message: expect.any(String), details: [] });
      expect(res.retryAfter).toMatch(/^\d+$/);
      expect(Number(res.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(res.retryAfter)).toBeLessThanOrEqual(maxSeconds);
    }

    it('per API key: a burst of 3, then 429 (and the refused create stores nothing); another key is not affected', async () => {
      const key = (await new IngestClient(limited.baseUrl).createWorkspace('limited')).api_key;
      const other = (await new IngestClient(limited.baseUrl).createWorkspace('other')).api_key;
      const auth = (k: string) => ({ authorization: `Bearer ${k}`, ...at('198.51.100.1') });
      for (let i = 0; i < 3; i++) expect((await call('GET', '/v1/workspace', auth(key))).status).toBe(200);
      const before = await fingerprint();
      expect429(await callWithHeaders('POST', '/v1/webhooks', auth(key), { url: receiver.url, events: ['*'] }), 1);
      expect(await fingerprint()).toEqual(before);
      expect((await call('GET', '/v1/workspace', auth(other))).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1100));
      expect((await call('GET', '/v1/workspace', auth(key))).status).toBe(200);
    });

    it('per client address on failed authentication: after 3 failures even the right key gets 429 from that address', async () => {
      const ws = await new IngestClient(limited.baseUrl).createWorkspace('auth');
      for (let i = 0; i < 3; i++) expect((await call('GET', '/v1/workspace', { authorization: `Bearer wk_guess${i}`, ...at('203.0.113.9') })).status).toBe(401);
      expect429(await callWithHeaders('GET', '/v1/workspace', { authorization: `Bearer ${ws.api_key}`, ...at('203.0.113.9') }), 20);
      const before = await fingerprint();
      expect429(await callWithHeaders('POST', '/admin/v1/workspaces', { 'x-admin-token': ADMIN_TOKEN, ...at('203.0.113.9') }, { name: 'x' }), 20);
      expect(await fingerprint()).toEqual(before);
      expect((await call('GET', '/v1/workspace', { authorization: `Bearer ${ws.api_key}`, ...at('203.0.113.10') })).status).toBe(200);
    });

    it('per client address on the admin token too', async () => {
      for (let i = 0; i < 3; i++)
        expect((await call('GET', '/admin/v1/unhandled-changes', { 'x-admin-token': `wrong-token-${i}-xxxxxxxx`, ...at('203.0.113.20') })).status).toBe(401);
      expect429(await callWithHeaders('GET', '/admin/v1/unhandled-changes', { 'x-admin-token': ADMIN_TOKEN, ...at('203.0.113.20') }), 20);
    });

    it('per endpoint on test events: 2 per minute, the third is 429 and not sent', async () => {
      const ws = await new IngestClient(limited.baseUrl).createWorkspace('tests');
      const addr = '198.51.100.30';
      const created = await call('POST', '/v1/webhooks', { authorization: `Bearer ${ws.api_key}`, ...at(addr) }, { url: receiver.url, events: ['*'] });
      expect(created.status).toBe(201);
      const send = () =>
        callWithHeaders(
          'POST',
          `/v1/webhooks/${created.body.id}/test`,
          { authorization: `Bearer ${ws.api_key}`, ...at('198.51.100.31') },
          { type: 'template.status_updated' },
        );
      expect((await send()).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1100)); // keep the per-key bucket out of the way
      expect((await send()).status).toBe(200);
      const before = await fingerprint();
      await new Promise((r) => setTimeout(r, 1100));
      expect429(await send(), 30);
      expect(await fingerprint()).toEqual(before);
      expect(receiver.requests.filter((r) => r.json.test === true)).toHaveLength(2);
    });

    it('Meta is never limited, even from an address that failed authentication', async () => {
      for (let i = 0; i < 3; i++) await call('GET', '/v1/workspace', { authorization: 'Bearer wk_nope', ...at('203.0.113.40') });
      const results = await Promise.all(
        Array.from({ length: 20 }, () => {
          const body = metaBody();
          return http('POST', `${limited.baseUrl}/meta/webhook`, {
            raw: body,
            headers: { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(body), ...at('203.0.113.40') },
          });
        }),
      );
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    });

    it('counts refusals by scope in /metrics', async () => {
      const text = await (await fetch(`${limited.baseUrl}/metrics`)).text();
      for (const scope of ['api_key', 'auth_failure', 'test_event']) {
        const m = new RegExp(`^wawh_rate_limited_total\\{scope="${scope}"\\} (\\d+)`, 'm').exec(text);
        expect(Number(m?.[1])).toBeGreaterThan(0);
      }
    });
  });
});
