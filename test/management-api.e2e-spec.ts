import { connect } from 'amqplib';
import { EVENT_CATALOG } from '@app/events';
import { http, IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { ADMIN_TOKEN, createTestEnvironment, TestEnvironment, testCipher } from './support/test-environment';

type Json = Record<string, any>;

const cipher = testCipher();

/** messageCount of an endpoint queue, or null when the queue does not exist. */
async function endpointQueue(amqpUrl: string, endpointId: string): Promise<{ messageCount: number } | null> {
  const conn = await connect(amqpUrl);
  try {
    const ch = await conn.createChannel();
    ch.on('error', () => undefined);
    return await ch.checkQueue(`wawh.endpoint.${endpointId}`).catch(() => null);
  } finally {
    await conn.close().catch(() => undefined);
  }
}

describe('management API: webhooks CRUD, validation, tenancy, keys, pagination, docs', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let strict: AppProcess; // ALLOW_PRIVATE_TARGETS=false, MAX_ENDPOINTS_PER_WORKSPACE=2
  let client: IngestClient;
  let a: { id: string; api_key: string };
  let b: { id: string; api_key: string };
  const admin = (method: string, path: string, body?: unknown) =>
    http<Json>(method, `${ingest.baseUrl}/admin/v1/workspaces${path}`, { headers: { 'x-admin-token': ADMIN_TOKEN }, body });

  beforeAll(async () => {
    env = await createTestEnvironment({ MAX_ENDPOINTS_PER_WORKSPACE: '40' });
    ingest = await AppProcess.start('ingest', env.env);
    strict = await AppProcess.start('ingest', { ...env.env, ALLOW_PRIVATE_TARGETS: 'false', MAX_ENDPOINTS_PER_WORKSPACE: '2' });
    client = new IngestClient(ingest.baseUrl);
    a = await client.createWorkspace('A');
    b = await client.createWorkspace('B');
  });

  afterAll(async () => {
    await strict?.stop();
    await ingest?.stop();
    await env?.cleanup();
  });

  it('round-trips create → get → list → patch → rotate → secret → delete, with routing in RabbitMQ', async () => {
    const created = await client.api<Json>(a.api_key, 'POST', '/v1/webhooks', {
      url: 'https://hooks.example.com/wa',
      events: ['template.status_updated', 'message.*'],
      description: 'CRM',
      filter: { phone_number_ids: ['117263540981001'] },
      headers: { 'X-Api-Key': 'k1' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({
      url: 'https://hooks.example.com/wa',
      events: ['template.status_updated', 'message.*'],
      description: 'CRM',
      enabled: true,
      status: 'enabled',
      disabled_reason: null,
      filter: { phone_number_ids: ['117263540981001'] },
      headers: { 'X-Api-Key': { value: 'k1', sensitive: false } },
    });
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32,}$/);
    expect(Buffer.from(created.body.secret.slice(6), 'base64').length).toBeGreaterThanOrEqual(24);
    expect(new Date(created.body.created_at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await endpointQueue(env.amqpUrl, id)).toEqual(expect.objectContaining({ messageCount: 0 }));

    const got = await client.api<Json>(a.api_key, 'GET', `/v1/webhooks/${id}`);
    expect(got.status).toBe(200);
    const { secret: _secret, ...withoutSecret } = created.body;
    // A new endpoint: no attempts yet, an empty queue.
    const freshHealth = {
      success_rate_24h: null,
      attempts_24h: 0,
      last_delivery_at: null,
      last_error: null,
      last_error_at: null,
      backlog: 0,
      failing_since: null,
      disables_at: null,
    };
    expect(got.body).toEqual({ ...withoutSecret, health: freshHealth });
    expect(got.body.secret).toBeUndefined();

    const listed = await client.api<Json>(a.api_key, 'GET', '/v1/webhooks');
    expect(listed.body.data.map((w: Json) => w.id)).toContain(id);
    expect(listed.body.data.find((w: Json) => w.id === id).health).toEqual(freshHealth);
    expect(listed.body.data.every((w: Json) => w.secret === undefined)).toBe(true);

    const patched = await client.api<Json>(a.api_key, 'PATCH', `/v1/webhooks/${id}`, { events: ['*'], enabled: false, description: '' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ events: ['*'], enabled: false, status: 'disabled', description: '', url: 'https://hooks.example.com/wa' });
    expect(patched.body.disabled_reason).toEqual(expect.any(String));
    expect(new Date(patched.body.updated_at).getTime()).toBeGreaterThan(new Date(created.body.updated_at).getTime());
    const reenabled = await client.api<Json>(a.api_key, 'PATCH', `/v1/webhooks/${id}`, { enabled: true, filter: {} });
    expect(reenabled.body).toMatchObject({ enabled: true, status: 'enabled', disabled_reason: null, filter: {} });

    const rotated = await client.api<Json>(a.api_key, 'POST', `/v1/webhooks/${id}/rotate-secret`, { grace_period_hours: 2 });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    const expires = new Date(rotated.body.previous_secret_expires_at).getTime();
    expect(Math.abs(expires - (Date.now() + 2 * 3_600_000))).toBeLessThan(60_000);
    const [row] = await query<Json>(env.databaseUrl, 'SELECT secret, previous_secret FROM webhook_endpoints WHERE id = $1', [id]);
    expect(row.secret).toMatch(/^enc:v1:test:/);
    expect([cipher.decrypt(row.secret), cipher.decrypt(row.previous_secret)]).toEqual([rotated.body.secret, created.body.secret]);
    const secret = await client.api<Json>(a.api_key, 'GET', `/v1/webhooks/${id}/secret`);
    expect(secret.body).toEqual(rotated.body);
    const defaultGrace = await client.api<Json>(a.api_key, 'POST', `/v1/webhooks/${id}/rotate-secret`);
    expect(Math.abs(new Date(defaultGrace.body.previous_secret_expires_at).getTime() - (Date.now() + 24 * 3_600_000))).toBeLessThan(60_000);
    const noGrace = await client.api<Json>(a.api_key, 'POST', `/v1/webhooks/${id}/rotate-secret`, { grace_period_hours: 0 });
    expect(noGrace.body.previous_secret_expires_at).toBeNull();

    const deleted = await client.api(a.api_key, 'DELETE', `/v1/webhooks/${id}`);
    expect(deleted.status).toBe(204);
    expect((await client.api(a.api_key, 'GET', `/v1/webhooks/${id}`)).status).toBe(404);
    expect((await client.api(a.api_key, 'DELETE', `/v1/webhooks/${id}`)).status).toBe(404);
    expect(await endpointQueue(env.amqpUrl, id)).toBeNull();
  });

  describe('validation: one error shape with field and reason', () => {
    const cases: [string, Json, string, string | RegExp][] = [
      ['missing url', { events: ['*'] }, 'url', 'url is required'],
      ['missing events', { url: 'https://a.example/h' }, 'events', 'events is required'],
      ['relative url', { url: '/hooks', events: ['*'] }, 'url', 'url must be an absolute URL such as https://example.com/hooks'],
      ['ftp url', { url: 'ftp://files.example.com/x', events: ['*'] }, 'url', 'url must use https or http'],
      ['url over 2048 chars', { url: 'https://a.example/' + 'x'.repeat(2040), events: ['*'] }, 'url', 'url must be at most 2048 characters'],
      ['credentials in url', { url: 'https://u:p@hooks.example.com/', events: ['*'] }, 'url', 'url must not contain credentials'],
      ['empty events', { url: 'https://a.example/h', events: [] }, 'events', 'events must list at least one event type'],
      [
        'unknown event',
        { url: 'https://a.example/h', events: ['message.received', 'message.sent'] },
        'events',
        /^unknown event type "message\.sent"; valid: message\.received, .*template\.status_updated.*, template\.\*, .*\*$/,
      ],
      ['unknown wildcard', { url: 'https://a.example/h', events: ['templates.*'] }, 'events', /^unknown event type "templates\.\*"/],
      [
        'long description',
        { url: 'https://a.example/h', events: ['*'], description: 'd'.repeat(501) },
        'description',
        'description must be at most 500 characters',
      ],
      ['enabled not boolean', { url: 'https://a.example/h', events: ['*'], enabled: 'yes' }, 'enabled', 'enabled must be true or false'],
      [
        'non-numeric phone id',
        { url: 'https://a.example/h', events: ['*'], filter: { phone_number_ids: ['12a'] } },
        'filter.phone_number_ids',
        'each phone_number_ids entry must be a numeric string',
      ],
      [
        'unknown filter key',
        { url: 'https://a.example/h', events: ['*'], filter: { waba_ids: ['1'] } },
        'filter.waba_ids',
        'property waba_ids should not exist',
      ],
      [
        'reserved header',
        { url: 'https://a.example/h', events: ['*'], headers: { 'Webhook-Signature': 'v1,x' } },
        'headers.Webhook-Signature',
        /cannot be overridden/,
      ],
      [
        'content-type header',
        { url: 'https://a.example/h', events: ['*'], headers: { 'content-type': 'text/plain' } },
        'headers.content-type',
        /cannot be overridden/,
      ],
      [
        'too many headers',
        { url: 'https://a.example/h', events: ['*'], headers: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`x-h${i}`, 'v'])) },
        'headers',
        'at most 20 custom headers are allowed',
      ],
      ['header value not a string', { url: 'https://a.example/h', events: ['*'], headers: { 'x-n': 1 } }, 'headers.x-n', 'header value must be a string'],
      ['unknown property', { url: 'https://a.example/h', events: ['*'], secret: 'whsec_x' }, 'secret', 'property secret should not exist'],
    ];

    it.each(cases)('%s → 400', async (_name, body, field, reason) => {
      const before = await query<{ n: number }>(env.databaseUrl, 'SELECT count(*)::int AS n FROM webhook_endpoints');
      const res = await client.api<Json>(a.api_key, 'POST', '/v1/webhooks', body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ status: 400, code: 'validation_failed' });
      const reasons = res.body.details.filter((d: Json) => d.field === field).map((d: Json) => d.reason);
      expect(reasons).toContainEqual(typeof reason === 'string' ? reason : expect.stringMatching(reason));
      expect(res.body.message).toContain(field);
      const after = await query<{ n: number }>(env.databaseUrl, 'SELECT count(*)::int AS n FROM webhook_endpoints');
      expect(after[0].n).toBe(before[0].n);
    });

    it('validates PATCH fields the same way and leaves the endpoint unchanged', async () => {
      const w = await client.createWebhook(a.api_key, { url: 'https://a.example/p', events: ['account.updated'] });
      const bad = await client.api<Json>(a.api_key, 'PATCH', `/v1/webhooks/${w.id}`, { events: ['nope.*'] });
      expect(bad.status).toBe(400);
      expect(bad.body.details[0].field).toBe('events');
      const badUrl = await client.api<Json>(a.api_key, 'PATCH', `/v1/webhooks/${w.id}`, { url: 'mailto:x@example.com' });
      expect(badUrl.body.details[0]).toEqual({ field: 'url', reason: 'url must use https or http' });
      expect((await client.api<Json>(a.api_key, 'GET', `/v1/webhooks/${w.id}`)).body).toMatchObject({
        url: 'https://a.example/p',
        events: ['account.updated'],
      });
      await client.api(a.api_key, 'DELETE', `/v1/webhooks/${w.id}`);
    });

    it('refuses a grace period outside 0..168 hours, a bad limit and a forged cursor', async () => {
      const w = await client.createWebhook(a.api_key, { url: 'https://a.example/g', events: ['*'] });
      const grace = await client.api<Json>(a.api_key, 'POST', `/v1/webhooks/${w.id}/rotate-secret`, { grace_period_hours: 169 });
      expect(grace.status).toBe(400);
      expect(grace.body.details).toEqual([{ field: 'grace_period_hours', reason: 'grace_period_hours must be between 0 and 168' }]);
      const limit = await client.api<Json>(a.api_key, 'GET', '/v1/webhooks?limit=101');
      expect(limit.body.details).toEqual([{ field: 'limit', reason: 'limit must be between 1 and 100' }]);
      const cursor = await client.api<Json>(a.api_key, 'GET', '/v1/webhooks?cursor=not-a-cursor');
      expect(cursor.status).toBe(400);
      expect(cursor.body.details[0].field).toBe('cursor');
      await client.api(a.api_key, 'DELETE', `/v1/webhooks/${w.id}`);
    });

    it('without ALLOW_PRIVATE_TARGETS: https only, and no private, loopback, link-local or metadata targets', async () => {
      const strictClient = new IngestClient(strict.baseUrl);
      const post = (url: string) => strictClient.api<Json>(a.api_key, 'POST', '/v1/webhooks', { url, events: ['*'] });
      expect((await post('http://93.184.216.34/hook')).body.details).toEqual([{ field: 'url', reason: 'url must use https' }]);
      for (const url of [
        'https://127.0.0.1/h',
        'https://localhost:8443/h',
        'https://10.0.0.7/h',
        'https://192.168.1.1/h',
        'https://169.254.169.254/latest/meta-data',
        'https://[::1]/h',
        'https://[fd00::1]/h',
        'https://2130706433/h',
      ]) {
        const res = await post(url);
        expect(res.status).toBe(400);
        expect(res.body.details[0].field).toBe('url');
        expect(res.body.details[0].reason).toMatch(/^url is not allowed: .* resolves to .*private, loopback, link-local or reserved address$/);
      }
    });

    it('answers 422 limit_reached past MAX_ENDPOINTS_PER_WORKSPACE', async () => {
      const strictClient = new IngestClient(strict.baseUrl);
      const c = await strictClient.createWorkspace('C');
      for (let i = 0; i < 2; i++) await strictClient.createWebhook(c.api_key, { url: `https://93.184.216.34/h${i}`, events: ['*'] });
      const third = await strictClient.api<Json>(c.api_key, 'POST', '/v1/webhooks', { url: 'https://93.184.216.34/h3', events: ['*'] });
      expect(third.status).toBe(422);
      expect(third.body).toMatchObject({ status: 422, code: 'limit_reached' });
      expect(third.body.message).toContain('at most 2');
      const rows = await query<{ n: number }>(env.databaseUrl, 'SELECT count(*)::int AS n FROM webhook_endpoints WHERE workspace_id = $1', [c.id]);
      expect(rows[0].n).toBe(2);
    });
  });

  it('isolates tenants both ways: another workspace’s endpoint is 404 for every route', async () => {
    const wa = await client.createWebhook(a.api_key, { url: 'https://a.example/iso', events: ['*'] });
    const wb = await client.createWebhook(b.api_key, { url: 'https://b.example/iso', events: ['*'] });
    for (const [key, foreign] of [
      [a.api_key, wb.id],
      [b.api_key, wa.id],
    ] as const) {
      for (const [method, suffix, body] of [
        ['GET', '', undefined],
        ['PATCH', '', { description: 'hijack' }],
        ['DELETE', '', undefined],
        ['POST', '/rotate-secret', {}],
        ['GET', '/secret', undefined],
      ] as const) {
        const res = await client.api<Json>(key, method, `/v1/webhooks/${foreign}${suffix}`, body);
        expect([method + suffix, res.status, res.body.code]).toEqual([method + suffix, 404, 'not_found']);
      }
    }
    const listA = (await client.api<Json>(a.api_key, 'GET', '/v1/webhooks?limit=100')).body.data.map((w: Json) => w.id);
    const listB = (await client.api<Json>(b.api_key, 'GET', '/v1/webhooks?limit=100')).body.data.map((w: Json) => w.id);
    expect(listA).toContain(wa.id);
    expect(listA).not.toContain(wb.id);
    expect(listB).toEqual([wb.id]);
    const rows = await query<Json>(env.databaseUrl, 'SELECT id, description, secret FROM webhook_endpoints WHERE id = ANY($1) ORDER BY url', [[wa.id, wb.id]]);
    expect(rows.map((r) => ({ ...r, secret: cipher.decrypt(r.secret) }))).toEqual([
      { id: wa.id, description: '', secret: wa.secret },
      { id: wb.id, description: '', secret: wb.secret },
    ]);
    expect((await client.api(a.api_key, 'GET', '/v1/webhooks/not-a-uuid')).status).toBe(404);
  });

  it('answers 401 without a key, with a wrong key and with a revoked key', async () => {
    expect((await http<Json>('GET', `${ingest.baseUrl}/v1/webhooks`)).body).toMatchObject({ status: 401, code: 'unauthorized' });
    expect((await client.api<Json>('wk_wrong', 'GET', '/v1/webhooks')).status).toBe(401);
    expect((await client.api<Json>(a.api_key, 'GET', '/v1/event-types')).status).toBe(200);
    expect((await http<Json>('GET', `${ingest.baseUrl}/v1/event-types`)).status).toBe(401);

    const issued = await admin('POST', `/${a.id}/api-keys`, { label: 'ci' });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ label: 'ci', revoked_at: null });
    expect(issued.body.api_key.startsWith(issued.body.prefix)).toBe(true);
    expect((await client.api(issued.body.api_key, 'GET', '/v1/webhooks')).status).toBe(200);
    const stored = await query<Json>(env.databaseUrl, 'SELECT key_hash FROM api_keys WHERE id = $1', [issued.body.id]);
    expect(stored[0].key_hash).not.toContain(issued.body.api_key);

    const keys = await admin('GET', `/${a.id}/api-keys`);
    expect(keys.body.map((k: Json) => k.id)).toContain(issued.body.id);
    expect(JSON.stringify(keys.body)).not.toContain(issued.body.api_key);

    expect((await admin('DELETE', `/${b.id}/api-keys/${issued.body.id}`)).status).toBe(404); // not B's key
    expect((await admin('DELETE', `/${a.id}/api-keys/${issued.body.id}`)).status).toBe(204);
    const revoked = await client.api<Json>(issued.body.api_key, 'GET', '/v1/webhooks');
    expect(revoked.body).toMatchObject({ status: 401, code: 'unauthorized' });
    expect((await admin('DELETE', `/${a.id}/api-keys/${issued.body.id}`)).status).toBe(404);
    expect((await client.api(a.api_key, 'GET', '/v1/webhooks')).status).toBe(200); // the other key still works
  });

  it('provisioning: x-admin-token required; link, list and unlink WABA ids', async () => {
    const noToken = await http<Json>('POST', `${ingest.baseUrl}/admin/v1/workspaces`, { body: { name: 'x' } });
    expect(noToken.body).toMatchObject({ status: 401, code: 'unauthorized' });
    const wrong = await http<Json>('POST', `${ingest.baseUrl}/admin/v1/workspaces`, { headers: { 'x-admin-token': ADMIN_TOKEN + 'x' }, body: { name: 'x' } });
    expect(wrong.status).toBe(401);

    const linked = await admin('POST', `/${a.id}/whatsapp-accounts`, { waba_id: '310000000000001' });
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({ waba_id: '310000000000001', workspace_id: a.id });
    expect((await admin('POST', `/${a.id}/whatsapp-accounts`, { waba_id: '310000000000001' })).status).toBe(201); // idempotent
    const taken = await admin('POST', `/${b.id}/whatsapp-accounts`, { waba_id: '310000000000001' });
    expect(taken.status).toBe(409);
    expect(taken.body.details).toEqual([{ field: 'waba_id', reason: 'already linked to another workspace' }]);
    const badId = await admin('POST', `/${a.id}/whatsapp-accounts`, { waba_id: 'abc' });
    expect(badId.body.details).toEqual([{ field: 'waba_id', reason: 'waba_id must be the numeric WhatsApp Business Account id' }]);
    expect((await admin('GET', `/${a.id}/whatsapp-accounts`)).body.map((x: Json) => x.waba_id)).toEqual(['310000000000001']);

    expect((await admin('DELETE', `/${b.id}/whatsapp-accounts/310000000000001`)).status).toBe(404);
    expect((await admin('DELETE', `/${a.id}/whatsapp-accounts/310000000000001`)).status).toBe(204);
    expect((await admin('GET', `/${a.id}/whatsapp-accounts`)).body).toEqual([]);
    expect((await admin('POST', `/${b.id}/whatsapp-accounts`, { waba_id: '310000000000001' })).status).toBe(201);
    expect((await admin('POST', '/00000000-0000-4000-8000-000000000000/api-keys', {})).status).toBe(404);
  });

  it('paginates newest first with an opaque cursor, stable under an insert between pages', async () => {
    const p = await client.createWorkspace('P');
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) ids.push((await client.createWebhook(p.api_key, { url: `https://p.example/${i}`, events: ['*'] })).id);
    const newestFirst = [...ids].reverse();

    const first = await client.api<Json>(p.api_key, 'GET', '/v1/webhooks?limit=10');
    expect(first.body.data.map((w: Json) => w.id)).toEqual(newestFirst.slice(0, 10));
    expect(first.body.next_cursor).toEqual(expect.any(String));

    const inserted = await client.createWebhook(p.api_key, { url: 'https://p.example/late', events: ['*'] });

    const second = await client.api<Json>(p.api_key, 'GET', `/v1/webhooks?limit=10&cursor=${encodeURIComponent(first.body.next_cursor)}`);
    expect(second.body.data.map((w: Json) => w.id)).toEqual(newestFirst.slice(10, 20));
    const third = await client.api<Json>(p.api_key, 'GET', `/v1/webhooks?limit=10&cursor=${encodeURIComponent(second.body.next_cursor)}`);
    expect(third.body.data.map((w: Json) => w.id)).toEqual(newestFirst.slice(20));
    expect(third.body.next_cursor).toBeNull();

    const defaults = await client.api<Json>(p.api_key, 'GET', '/v1/webhooks');
    expect(defaults.body.data).toHaveLength(20);
    expect(defaults.body.data[0].id).toBe(inserted.id);
    const all = await client.api<Json>(p.api_key, 'GET', '/v1/webhooks?limit=100');
    expect(all.body.data).toHaveLength(26);
    expect(all.body.next_cursor).toBeNull();
    // a cursor from another workspace's list reveals nothing of this one
    const foreign = await client.api<Json>(a.api_key, 'GET', `/v1/webhooks?cursor=${encodeURIComponent(first.body.next_cursor)}`);
    expect(foreign.body.data.map((w: Json) => w.id).some((id: string) => ids.includes(id))).toBe(false);
  });

  it('GET /v1/event-types returns the catalog with JSON schema and example', async () => {
    const res = await client.api<Json>(a.api_key, 'GET', '/v1/event-types');
    expect(res.status).toBe(200);
    expect(res.body.data.map((t: Json) => t.name)).toEqual(EVENT_CATALOG.map((d) => d.type));
    const template = res.body.data.find((t: Json) => t.name === 'template.status_updated');
    expect(template).toMatchObject({
      category: 'templates',
      schema_name: 'TemplateStatusUpdatedPayload',
      example: EVENT_CATALOG.find((d) => d.type === 'template.status_updated')!.example,
    });
    expect(template.description.length).toBeGreaterThan(10);
    expect(template.schema.type).toBe('object');
    expect(Object.keys(template.schema.properties)).toEqual(expect.arrayContaining(['template_id', 'template_name', 'language', 'status', 'reason']));
    for (const t of res.body.data) expect(Object.keys(t.schema.properties ?? {}).length).toBeGreaterThan(0);
    const refs = JSON.stringify(res.body.data).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.every((r) => r.startsWith('"$ref":"#/$defs/') || r === '"$ref":"#"')).toBe(true);
    expect(res.body.wildcards).toEqual(expect.arrayContaining(['template.*', 'message.*', '*']));
  });

  it('serves Swagger: every management route documented with summary, auth, schemas and errors; every payload schema', async () => {
    expect((await http('GET', `${ingest.baseUrl}/docs`)).status).toBe(200);
    const doc = (await http<Json>('GET', `${ingest.baseUrl}/docs-json`)).body;
    const routes: [string, string][] = [
      ['/v1/webhooks', 'post'],
      ['/v1/webhooks', 'get'],
      ['/v1/webhooks/{id}', 'get'],
      ['/v1/webhooks/{id}', 'patch'],
      ['/v1/webhooks/{id}', 'delete'],
      ['/v1/webhooks/{id}/rotate-secret', 'post'],
      ['/v1/webhooks/{id}/secret', 'get'],
      ['/v1/event-types', 'get'],
    ];
    for (const [path, method] of routes) {
      const op = doc.paths[path]?.[method];
      expect([path, method, Boolean(op)]).toEqual([path, method, true]);
      expect(op.summary.length).toBeGreaterThan(5);
      expect(op.security).toEqual([{ 'api-key': [] }]);
      expect(op.responses['401'].content['application/json'].schema.$ref).toBe('#/components/schemas/ApiErrorDto');
      const ok = Object.keys(op.responses).find((s) => s.startsWith('2'));
      expect(ok).toBeDefined();
    }
    expect(doc.paths['/v1/webhooks'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/CreateWebhookDto');
    expect(doc.paths['/v1/webhooks'].post.responses['422']).toBeDefined();
    expect(doc.paths['/v1/webhooks/{id}'].get.responses['404']).toBeDefined();
    expect(doc.components.schemas.CreateWebhookDto.properties.url.example).toEqual(expect.any(String));
    for (const def of EVENT_CATALOG) {
      expect([def.type, Boolean(doc.components.schemas[def.payload.name])]).toEqual([def.type, true]);
    }
    const envelope = doc.components.schemas.TemplateStatusUpdatedEvent;
    expect(envelope.properties.type.enum).toEqual(['template.status_updated']);
    expect(envelope.properties.data.$ref).toBe('#/components/schemas/TemplateStatusUpdatedPayload');
    expect(doc.components.schemas.WebhookEvent.oneOf).toHaveLength(EVENT_CATALOG.length);
    expect(doc.components.securitySchemes['api-key']).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/admin/v1/workspaces/{workspaceId}/api-keys/{keyId}'].delete.security).toEqual([{ 'admin-token': [] }]);
  });

  it('answers 503 and changes nothing when RabbitMQ is unreachable', async () => {
    const w = await client.createWebhook(a.api_key, { url: 'https://a.example/down', events: ['account.updated'] });
    const count = async () => (await query<{ n: number }>(env.databaseUrl, 'SELECT count(*)::int AS n FROM webhook_endpoints'))[0].n;
    const before = await count();
    // Deleting the test vhost cuts this ingest off its broker (and only this test's).
    await new Promise<void>((resolve, reject) =>
      require('node:child_process').execFile('rabbitmqctl', ['-q', 'delete_vhost', env.vhost], (err: Error | null) => (err ? reject(err) : resolve())),
    );
    const deadline = Date.now() + 10_000;
    while ((await http('GET', `${ingest.baseUrl}/health/ready`)).status === 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));

    const created = await client.api<Json>(a.api_key, 'POST', '/v1/webhooks', { url: 'https://a.example/new', events: ['*'] });
    expect(created.body).toMatchObject({ status: 503, code: 'service_unavailable' });
    const patched = await client.api<Json>(a.api_key, 'PATCH', `/v1/webhooks/${w.id}`, { events: ['*'] });
    expect(patched.status).toBe(503);
    const deleted = await client.api<Json>(a.api_key, 'DELETE', `/v1/webhooks/${w.id}`);
    expect(deleted.status).toBe(503);

    expect(await count()).toBe(before);
    expect((await client.api<Json>(a.api_key, 'GET', `/v1/webhooks/${w.id}`)).body.events).toEqual(['account.updated']);
    // changes that do not touch routing still work
    expect((await client.api<Json>(a.api_key, 'PATCH', `/v1/webhooks/${w.id}`, { description: 'still editable' })).status).toBe(200);
  });
});
