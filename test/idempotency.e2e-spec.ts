import { http, IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { waitUntil } from './support/wait';
import { WebhookReceiver } from './support/webhook-receiver';

type Json = Record<string, any>;

describe('Idempotency-Key on the POSTs of /v1', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let client: IngestClient;
  let receiver: WebhookReceiver;
  let a: { id: string; api_key: string };
  let b: { id: string; api_key: string };
  const post = (apiKey: string, path: string, body: unknown, key?: string) =>
    http<Json>('POST', `${ingest.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${apiKey}`, ...(key !== undefined ? { 'idempotency-key': key } : {}) },
      body,
    });
  const endpointCount = async (workspaceId: string) =>
    Number((await query<{ n: string }>(env.databaseUrl, 'SELECT count(*) AS n FROM webhook_endpoints WHERE workspace_id = $1', [workspaceId]))[0].n);

  beforeAll(async () => {
    env = await createTestEnvironment({ RETENTION_INTERVAL: '1s' });
    ingest = await AppProcess.start('ingest', env.env);
    client = new IngestClient(ingest.baseUrl);
    receiver = await new WebhookReceiver().start();
    a = await client.createWorkspace('A');
    b = await client.createWorkspace('B');
  });

  afterAll(async () => {
    await receiver?.stop();
    await ingest?.stop();
    await env?.cleanup();
  });

  it('a replayed create answers the first response (same id and secret) and creates one endpoint', async () => {
    const body = { url: 'https://hooks.example.com/idem', events: ['message.*'], description: 'idem' };
    const first = await post(a.api_key, '/v1/webhooks', body, 'create-1');
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    // Same meaning, other key order and spacing: the same request.
    const again = await http<Json>('POST', `${ingest.baseUrl}/v1/webhooks`, {
      headers: { authorization: `Bearer ${a.api_key}`, 'idempotency-key': 'create-1' },
      raw: '{ "description": "idem", "events": ["message.*"],   "url": "https://hooks.example.com/idem" }',
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.body.secret).toBe(first.body.secret);
    expect(await endpointCount(a.id)).toBe(1);
    // The stored response carries the secret: it is kept encrypted.
    const [row] = await query<{ response: string }>(env.databaseUrl, `SELECT response FROM idempotency_keys WHERE key = 'create-1'`);
    expect(row.response).not.toContain(first.body.secret.slice(6));
  });

  it('the same key with another body or path is 409 idempotency_key_reused in the one error shape, with no effect', async () => {
    const first = await post(a.api_key, '/v1/webhooks', { url: 'https://hooks.example.com/k2', events: ['*'] }, 'create-2');
    expect(first.status).toBe(201);
    const before = await endpointCount(a.id);
    const other = await post(a.api_key, '/v1/webhooks', { url: 'https://hooks.example.com/k2-other', events: ['*'] }, 'create-2');
    expect(other.status).toBe(409);
    expect(other.body).toEqual({
      status: 409,
      code: 'idempotency_key_reused',
      message: expect.any(String),
      details: [expect.objectContaining({ field: 'Idempotency-Key' })],
    });
    const otherPath = await post(a.api_key, `/v1/webhooks/${first.body.id}/rotate-secret`, {}, 'create-2');
    expect(otherPath.status).toBe(409);
    expect(otherPath.body.code).toBe('idempotency_key_reused');
    expect(await endpointCount(a.id)).toBe(before);
  });

  it('a replayed rotate-secret answers the same secret and rotates once', async () => {
    const created = await post(a.api_key, '/v1/webhooks', { url: 'https://hooks.example.com/rot', events: ['*'] });
    const id = created.body.id;
    const rotated = await post(a.api_key, `/v1/webhooks/${id}/rotate-secret`, { grace_period_hours: 1 }, 'rotate-1');
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    const replayed = await post(a.api_key, `/v1/webhooks/${id}/rotate-secret`, { grace_period_hours: 1 }, 'rotate-1');
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.body).toEqual(rotated.body);
    const current = await client.api<Json>(a.api_key, 'GET', `/v1/webhooks/${id}/secret`);
    expect(current.body.secret).toBe(rotated.body.secret);
  });

  it('a refused request is not kept: the same key works with a corrected body; keys are per workspace', async () => {
    const bad = await post(a.api_key, '/v1/webhooks', { url: 'not a url', events: ['*'] }, 'fix-me');
    expect(bad.status).toBe(400);
    const fixed = await post(a.api_key, '/v1/webhooks', { url: 'https://hooks.example.com/fixed', events: ['*'] }, 'fix-me');
    expect(fixed.status).toBe(201);
    expect(fixed.headers.get('idempotent-replayed')).toBeNull();

    const inB = await post(b.api_key, '/v1/webhooks', { url: 'https://hooks.example.com/fixed', events: ['*'] }, 'fix-me');
    expect(inB.status).toBe(201);
    expect(inB.headers.get('idempotent-replayed')).toBeNull();
    expect(inB.body.id).not.toBe(fixed.body.id);
  });

  it('refuses malformed keys with 400 naming the header', async () => {
    for (const key of ['', 'x'.repeat(256), 'with space', 'clé']) {
      const res = await http<Json>('POST', `${ingest.baseUrl}/v1/webhooks`, {
        headers: { authorization: `Bearer ${a.api_key}`, 'idempotency-key': encodeURIComponent(key) === key ? key : Buffer.from(key).toString('latin1') },
        body: { url: 'https://hooks.example.com/bad-key', events: ['*'] },
      });
      expect({ key, status: res.status, code: res.body.code }).toEqual({ key, status: 400, code: 'validation_failed' });
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    }
  });

  it('a request still in progress with the key is 409 idempotency_key_in_progress; afterwards it replays', async () => {
    const created = await post(a.api_key, '/v1/webhooks', { url: receiver.url, events: ['*'] });
    receiver.respond = async (_req, res) => {
      await new Promise((r) => setTimeout(r, 1500));
      res.writeHead(200).end('ok');
    };
    const path = `/v1/webhooks/${created.body.id}/test`;
    const slow = post(a.api_key, path, { type: 'template.status_updated' }, 'test-1');
    await waitUntil(async () => receiver.requests.length > 0, 5000);
    const during = await post(a.api_key, path, { type: 'template.status_updated' }, 'test-1');
    expect(during.status).toBe(409);
    expect(during.body).toEqual({ status: 409, code: 'idempotency_key_in_progress', message: expect.any(String), details: [] });
    const first = await slow;
    expect(first.status).toBe(200);
    const after = await post(a.api_key, path, { type: 'template.status_updated' }, 'test-1');
    expect(after.headers.get('idempotent-replayed')).toBe('true');
    expect(after.body.event_id).toBe(first.body.event_id);
    expect(receiver.requests).toHaveLength(1);
  });

  it('after 24 hours a key is forgotten: the request runs again, and the retention job deletes expired keys', async () => {
    const body = { url: 'https://hooks.example.com/expiring', events: ['*'] };
    const first = await post(a.api_key, '/v1/webhooks', body, 'expiring');
    expect(first.status).toBe(201);
    const aged = `UPDATE idempotency_keys SET created_at = now() - interval '25 hours', expires_at = now() - interval '1 hour' WHERE key = $1`;
    await query(env.databaseUrl, aged, ['expiring']);
    const later = await post(a.api_key, '/v1/webhooks', body, 'expiring');
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(later.body.id).not.toBe(first.body.id);

    await query(env.databaseUrl, aged, ['expiring']);
    const keys = () => query<{ key: string }>(env.databaseUrl, 'SELECT key FROM idempotency_keys');
    await waitUntil(async () => !(await keys()).some((k) => k.key === 'expiring'), 10_000);
    // Unexpired keys stay.
    expect((await keys()).map((k) => k.key)).toEqual(expect.arrayContaining(['create-1', 'rotate-1']));
  });

  it('the document lists the Idempotency-Key header and its 409 on every POST of /v1', async () => {
    const doc = (await http<Json>('GET', `${ingest.baseUrl}/docs-json`)).body;
    const posts = Object.entries(doc.paths as Record<string, Json>).filter(([path, ops]) => path.startsWith('/v1/') && ops.post);
    expect(posts.length).toBeGreaterThanOrEqual(5);
    for (const [path, ops] of posts) {
      const header = (ops.post.parameters ?? []).find((p: Json) => p.in === 'header' && p.name === 'Idempotency-Key');
      expect({ path, header: header ? { required: header.required, maxLength: header.schema?.maxLength } : null }).toEqual({
        path,
        header: { required: false, maxLength: 255 },
      });
      expect({ path, has409: '409' in ops.post.responses }).toEqual({ path, has409: true });
    }
  });
});
