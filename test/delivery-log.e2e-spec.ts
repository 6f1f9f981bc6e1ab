import { Webhook } from 'standardwebhooks';
import { IngestClient, loadMetaFixture, withWabaId } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';
import { waitUntil } from './support/wait';

const WABA = '230000000000001';

/** A messages POST carrying `count` distinct text messages. */
function messagesPost(count: number, tag: string) {
  const body = withWabaId(loadMetaFixture('messages-text.json'), WABA) as any;
  const template = body.entry[0].changes[0].value.messages[0];
  body.entry[0].changes[0].value.messages = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `wamid.${tag}.${i}`,
    text: { body: `message ${i}` },
  }));
  return body;
}

describe('delivery log, resend, recover, test events, retention', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let client: IngestClient;
  let apiKey: string;
  let workspaceId: string;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    env = await createTestEnvironment({ RETRY_SCHEDULE: '100ms,200ms', RETRY_JITTER: '0', RETENTION_DAYS: '1', RETENTION_INTERVAL: '500ms' });
    ingest = await AppProcess.start('ingest', env.env);
    dispatcher = await AppProcess.start('dispatcher', env.env);
    client = new IngestClient(ingest.baseUrl);
    await receiver.start();
    const ws = await client.createWorkspace();
    apiKey = ws.api_key;
    workspaceId = ws.id;
    await client.linkWaba(ws.id, WABA);
  });

  afterAll(async () => {
    await dispatcher?.stop();
    await ingest?.stop();
    await receiver.stop();
    await env?.cleanup();
  });

  beforeEach(() => {
    receiver.requests.length = 0;
    receiver.respond = (_req, res) => void res.writeHead(200).end('ok');
  });

  it('lists deliveries newest first with attempts, filters and pages them, and shows the envelope', async () => {
    const hook = await client.createWebhook(apiKey, { url: receiver.url, events: ['message.received'] });
    expect((await client.postMeta(messagesPost(3, 'log'))).status).toBe(200);
    await receiver.waitFor(3);
    await new Promise((r) => setTimeout(r, 300)); // attempts are written in batches

    const page1 = await client.api<any>(apiKey, 'GET', `/v1/webhooks/${hook.id}/deliveries?limit=2`);
    expect(page1.status).toBe(200);
    expect(page1.body.data).toHaveLength(2);
    expect(page1.body.next_cursor).toEqual(expect.any(String));
    expect(page1.body.retention.days).toBe(1);
    const page2 = await client.api<any>(apiKey, 'GET', `/v1/webhooks/${hook.id}/deliveries?limit=2&cursor=${page1.body.next_cursor}`);
    expect(page2.body.data).toHaveLength(1);
    expect(page2.body.next_cursor).toBeNull();
    const all = [...page1.body.data, ...page2.body.data];
    expect(new Set(all.map((d: any) => d.event_id)).size).toBe(3);
    for (const d of all) {
      expect(d).toMatchObject({ event_type: 'message.received', state: 'succeeded', attempt_count: 1 });
      expect(d.attempts).toEqual([expect.objectContaining({ attempt: 1, trigger: 'auto', status_code: 200, success: true, response_body: 'ok' })]);
    }
    const created = all.map((d: any) => d.created_at);
    expect([...created].sort().reverse()).toEqual(created);

    const failedOnly = await client.api<any>(apiKey, 'GET', `/v1/webhooks/${hook.id}/deliveries?state=failed`);
    expect(failedOnly.body.data).toHaveLength(0);
    const badState = await client.api<any>(apiKey, 'GET', `/v1/webhooks/${hook.id}/deliveries?state=lost`);
    expect(badState.status).toBe(400);
    expect(badState.body.details[0].field).toBe('state');

    const event = await client.api<any>(apiKey, 'GET', `/v1/events/${all[0].event_id}`);
    expect(event.status).toBe(200);
    const delivered = receiver.requests.find((r) => r.json.id === all[0].event_id)!;
    expect(event.body).toEqual(delivered.json);

    const other = await client.createWorkspace('Other');
    expect((await client.api(other.api_key, 'GET', `/v1/events/${all[0].event_id}`)).status).toBe(404);
    expect((await client.api(other.api_key, 'GET', `/v1/webhooks/${hook.id}/deliveries`)).status).toBe(404);
    await client.api(apiKey, 'DELETE', `/v1/webhooks/${hook.id}`);
  });

  it('resends one delivery with the same webhook-id as a new attempt', async () => {
    const hook = await client.createWebhook(apiKey, { url: receiver.url, events: ['message.received'] });
    await client.postMeta(messagesPost(1, 'resend'));
    await receiver.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    const log = await client.api<any>(apiKey, 'GET', `/v1/webhooks/${hook.id}/deliveries`);
    const delivery = log.body.data[0];

    const retry = await client.api<any>(apiKey, 'POST', `/v1/deliveries/${delivery.id}/retry`);
    expect(retry.status).toBe(202);
    expect(retry.body).toMatchObject({ delivery_id: delivery.id, attempt: 2 });
    await receiver.waitFor(2);
    expect(receiver.requests[1].headers['webhook-id']).toBe(receiver.requests[0].headers['webhook-id']);
    expect(receiver.requests[1].body).toBe(receiver.requests[0].body);
    await new Promise((r) => setTimeout(r, 300));
    const after = await client.api<any>(apiKey, 'GET', `/v1/webhooks/${hook.id}/deliveries`);
    expect(after.body.data[0].attempts.map((a: any) => [a.attempt, a.trigger, a.success])).toEqual([
      [1, 'auto', true],
      [2, 'manual', true],
    ]);
    expect((await client.api(apiKey, 'POST', `/v1/deliveries/dlv_nope/retry`)).status).toBe(404);
    await client.api(apiKey, 'DELETE', `/v1/webhooks/${hook.id}`);
  });

  it('recovers after an outage: 20 events exhausted, then recover delivers all 20 exactly once', async () => {
    const hook = await client.createWebhook(apiKey, { url: receiver.url, events: ['message.received'] });
    const since = new Date(Date.now() - 60_000).toISOString();
    receiver.respond = (_req, res) => void res.writeHead(503).end('down');
    await client.postMeta(messagesPost(20, 'outage'));
    // 3 attempts each (schedule 100ms, 200ms), then exhausted.
    await receiver.waitFor(60, 20_000);
    await waitUntil(async () => {
      const rows = await query<{ n: number }>(env.databaseUrl, `SELECT count(*)::int AS n FROM deliveries WHERE endpoint_id = $1 AND state = 'failed'`, [
        hook.id,
      ]);
      return rows[0].n === 20;
    });

    receiver.requests.length = 0;
    receiver.respond = (_req, res) => void res.writeHead(200).end('ok');
    const recover = await client.api<any>(apiKey, 'POST', `/v1/webhooks/${hook.id}/recover`, { since });
    expect(recover.status).toBe(202);
    expect(recover.body).toMatchObject({ failed_requeued: 20, queued: 20 });
    const again = await client.api<any>(apiKey, 'POST', `/v1/webhooks/${hook.id}/recover`, { since });
    expect(again.body.queued).toBe(0);

    await receiver.waitFor(20);
    await new Promise((r) => setTimeout(r, 700));
    const ids = receiver.requests.map((r) => r.json.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    const states = await query<{ state: string; n: number }>(
      env.databaseUrl,
      `SELECT state, count(*)::int AS n FROM deliveries WHERE endpoint_id = $1 GROUP BY state`,
      [hook.id],
    );
    expect(states).toEqual([{ state: 'succeeded', n: 20 }]);

    const tooOld = await client.api<any>(apiKey, 'POST', `/v1/webhooks/${hook.id}/recover`, { since: new Date(Date.now() - 15 * 86_400_000).toISOString() });
    expect(tooOld.status).toBe(400);
    expect(tooOld.body.details[0].field).toBe('since');
    await client.api(apiKey, 'DELETE', `/v1/webhooks/${hook.id}`);
  });

  it('sends a signed test event of a chosen type and returns the outcome', async () => {
    const hook = await client.createWebhook(apiKey, { url: receiver.url, events: ['message.received'] });
    receiver.respond = (_req, res) => void res.writeHead(202).end('accepted');
    const res = await client.api<any>(apiKey, 'POST', `/v1/webhooks/${hook.id}/test`, { type: 'template.status_updated' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, status_code: 202, error_class: null, response_body: 'accepted' });
    expect(receiver.requests).toHaveLength(1);
    const [req] = receiver.requests;
    const verified = new Webhook(hook.secret).verify(req.body, {
      'webhook-id': String(req.headers['webhook-id']),
      'webhook-timestamp': String(req.headers['webhook-timestamp']),
      'webhook-signature': String(req.headers['webhook-signature']),
    }) as any;
    expect(verified).toMatchObject({ id: res.body.event_id, type: 'template.status_updated', test: true, workspace_id: workspaceId });
    expect(verified.data.template_name).toEqual(expect.any(String));

    receiver.respond = (_req, res) => void res.writeHead(500).end('boom');
    const failing = await client.api<any>(apiKey, 'POST', `/v1/webhooks/${hook.id}/test`, { type: 'account.updated' });
    expect(failing.body).toMatchObject({ success: false, status_code: 500, error_class: 'http_error', response_body: 'boom' });
    const unknown = await client.api<any>(apiKey, 'POST', `/v1/webhooks/${hook.id}/test`, { type: 'nothing.here' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0].field).toBe('type');
    await client.api(apiKey, 'DELETE', `/v1/webhooks/${hook.id}`);
  });

  it('deletes events and attempts older than RETENTION_DAYS', async () => {
    const old = new Date(Date.now() - 3 * 86_400_000);
    await query(
      env.databaseUrl,
      `INSERT INTO events (id, workspace_id, type, envelope, created_at, received_at, published_at) VALUES ('evt_old_1', $1, 'account.updated', '{}', $2, $2, $2)`,
      [workspaceId, old],
    );
    await query(
      env.databaseUrl,
      `INSERT INTO delivery_attempts (delivery_id, event_id, endpoint_id, attempt, started_at, duration_ms, success, event_day) VALUES ('dlv_old', 'evt_old_1', gen_random_uuid(), 1, $1, 5, true, ($1::timestamptz AT TIME ZONE 'UTC')::date)`,
      [old],
    );
    await waitUntil(async () => {
      const [e] = await query<{ n: number }>(env.databaseUrl, `SELECT count(*)::int AS n FROM events WHERE id = 'evt_old_1'`);
      const [a] = await query<{ n: number }>(env.databaseUrl, `SELECT count(*)::int AS n FROM delivery_attempts WHERE delivery_id = 'dlv_old'`);
      return e.n === 0 && a.n === 0;
    });
    const [recent] = await query<{ n: number }>(env.databaseUrl, `SELECT count(*)::int AS n FROM events WHERE received_at > now() - interval '1 hour'`);
    expect(recent.n).toBeGreaterThan(0);
  });
});
