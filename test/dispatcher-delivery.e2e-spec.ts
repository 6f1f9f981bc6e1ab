import amqp from 'amqplib';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';
import { eventually, sleep } from './support/wait';

// Retries, exhaustion, 410, timeouts, redirects and the SSRF guard, on a short schedule.
const SCHEDULE = [300, 600, 900];
const JITTER = 0.1;

describe('dispatcher: reliable delivery', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let client: IngestClient;
  let workspace: { id: string; api_key: string };
  let conn: amqp.ChannelModel;
  let ch: amqp.ConfirmChannel;
  const receivers: WebhookReceiver[] = [];
  const run = randomBytes(3).toString('hex');
  let seq = 0;

  async function receiver(): Promise<WebhookReceiver> {
    const r = await new WebhookReceiver().start();
    receivers.push(r);
    return r;
  }

  /** Publishes one event the way ingest does (topic exchange, persistent, confirmed). */
  async function publishEvent(type = 'message.received', phoneNumberId = 'pn-1'): Promise<string> {
    const id = `evt_${run}_${++seq}`;
    const envelope = {
      id,
      type,
      created_at: new Date().toISOString(),
      workspace_id: workspace.id,
      waba_id: 'waba-1',
      phone_number_id: phoneNumberId,
      data: { seq },
      raw: null,
    };
    ch.publish('wawh.events', `${workspace.id}.${type}`, Buffer.from(JSON.stringify(envelope)), {
      persistent: true,
      messageId: id,
      contentType: 'application/json',
    });
    await ch.waitForConfirms();
    return id;
  }

  async function attempts(endpointId: string) {
    return query<{ attempt: number; status_code: number | null; error_class: string | null; success: boolean; started_at: Date; response_body: string | null }>(
      env.databaseUrl,
      'SELECT attempt, status_code, error_class, success, started_at, response_body FROM delivery_attempts WHERE endpoint_id = $1 ORDER BY attempt, id',
      [endpointId],
    );
  }

  async function delivery(endpointId: string) {
    const rows = await query<{ state: string; attempt_count: number; next_attempt_at: Date | null; last_status_code: number | null }>(
      env.databaseUrl,
      'SELECT state, attempt_count, next_attempt_at, last_status_code FROM deliveries WHERE endpoint_id = $1',
      [endpointId],
    );
    return rows[0] ?? null;
  }

  beforeAll(async () => {
    env = await createTestEnvironment({
      RETRY_SCHEDULE: SCHEDULE.map((ms) => `${ms}ms`).join(','),
      RETRY_JITTER: String(JITTER),
      DELIVERY_TIMEOUT_MS: '1000',
      RECONCILE_INTERVAL: '1s',
    });
    ingest = await AppProcess.start('ingest', env.env);
    dispatcher = await AppProcess.start('dispatcher', env.env);
    client = new IngestClient(ingest.baseUrl);
    workspace = await client.createWorkspace();
    conn = await amqp.connect(env.amqpUrl);
    ch = await conn.createConfirmChannel();
  });

  afterAll(async () => {
    await conn?.close().catch(() => undefined);
    await dispatcher?.stop();
    await ingest?.stop();
    for (const r of receivers) await r.stop();
    await env?.cleanup();
  });

  it('delivers on attempt 3 after two failures, with signed identical bodies spaced by the schedule', async () => {
    const r = await receiver();
    let calls = 0;
    r.respond = (_req, res) => {
      calls++;
      res.writeHead(calls <= 2 ? 500 : 200, { 'content-type': 'text/plain' }).end(calls <= 2 ? 'busy' : 'ok');
    };
    const hook = await client.createWebhook(workspace.api_key, { url: r.url, events: ['message.received'] });
    // Custom headers: sent along, but never able to replace ours.
    await query(env.databaseUrl, `UPDATE webhook_endpoints SET headers = $2 WHERE id = $1`, [
      hook.id,
      JSON.stringify({ 'X-Customer': 'acme', 'Webhook-Signature': 'v1,forged', 'User-Agent': 'forged' }),
    ]);
    await sleep(2_500); // past RECONCILE_INTERVAL (2s): the incremental read picks the changed row up
    const eventId = await publishEvent();

    await r.waitFor(3, 10_000);
    await sleep(SCHEDULE[2] + 300); // a 4th attempt would have come by now
    expect(r.requests).toHaveLength(3);
    const [a1, a2, a3] = r.requests;
    for (const req of r.requests) {
      expect(req.headers['webhook-id']).toBe(eventId);
      expect(req.body).toBe(a1.body);
      expect(req.headers['content-type']).toBe('application/json');
      expect(req.headers['user-agent']).toMatch(/^wa-webhooks\//);
      expect(req.headers['x-customer']).toBe('acme');
      expect(() =>
        new Webhook(hook.secret).verify(req.body, {
          'webhook-id': String(req.headers['webhook-id']),
          'webhook-timestamp': String(req.headers['webhook-timestamp']),
          'webhook-signature': String(req.headers['webhook-signature']),
        }),
      ).not.toThrow();
    }
    const gap1 = a2.receivedAt - a1.receivedAt;
    const gap2 = a3.receivedAt - a2.receivedAt;
    console.log(`retry gaps: ${gap1} ms, ${gap2} ms (schedule ${SCHEDULE.join(', ')} ms, jitter ${JITTER})`);
    expect(gap1).toBeGreaterThanOrEqual(SCHEDULE[0] * (1 - JITTER) - 20);
    expect(gap1).toBeLessThan(SCHEDULE[0] + 400);
    expect(gap2).toBeGreaterThanOrEqual(SCHEDULE[1] * (1 - JITTER) - 20);
    expect(gap2).toBeLessThan(SCHEDULE[1] + 400);

    const rows = await eventually(
      () => attempts(hook.id),
      (a) => a.length === 3,
    );
    expect(rows.map((a) => [a.attempt, a.status_code, a.success])).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 200, true],
    ]);
    expect(rows[0].response_body).toBe('busy');
    expect(await delivery(hook.id)).toMatchObject({ state: 'succeeded', attempt_count: 3, next_attempt_at: null, last_status_code: 200 });
    const [endpoint] = await query<{ failing_since: Date | null; last_success_at: Date | null }>(
      env.databaseUrl,
      'SELECT failing_since, last_success_at FROM webhook_endpoints WHERE id = $1',
      [hook.id],
    );
    expect(endpoint.failing_since).toBeNull();
    expect(endpoint.last_success_at).not.toBeNull();
  });

  it('marks a delivery pending between attempts and failed once the schedule is exhausted', async () => {
    const r = await receiver();
    r.respond = (_req, res) => void res.writeHead(503).end('down');
    const hook = await client.createWebhook(workspace.api_key, { url: r.url, events: ['message.received'] });
    await publishEvent();

    await r.waitFor(1, 5_000);
    const pending = await eventually(
      () => delivery(hook.id),
      (d) => d !== null,
      250,
    );
    expect(pending).toMatchObject({ state: 'pending', attempt_count: 1 });
    expect(pending!.next_attempt_at).not.toBeNull();

    await r.waitFor(SCHEDULE.length + 1, 10_000);
    await sleep(1_200); // nothing after the last attempt
    expect(r.requests).toHaveLength(SCHEDULE.length + 1);
    const rows = await eventually(
      () => attempts(hook.id),
      (a) => a.length === SCHEDULE.length + 1,
    );
    expect(rows.map((a) => a.attempt)).toEqual([1, 2, 3, 4]);
    expect(rows.every((a) => a.status_code === 503 && !a.success)).toBe(true);
    expect(await delivery(hook.id)).toMatchObject({ state: 'failed', attempt_count: 4, next_attempt_at: null });
  });

  it('disables an endpoint answering 410 Gone and tells the workspace with webhook.endpoint_disabled', async () => {
    const gone = await receiver();
    gone.respond = (_req, res) => void res.writeHead(410).end('gone');
    const watcher = await receiver();
    const goneHook = await client.createWebhook(workspace.api_key, { url: gone.url, events: ['message.received'] });
    const watchHook = await client.createWebhook(workspace.api_key, { url: watcher.url, events: ['webhook.endpoint_disabled'] });
    await publishEvent();

    await watcher.waitFor(1, 10_000);
    const [notice] = watcher.requests;
    const verified = new Webhook(watchHook.secret).verify(notice.body, {
      'webhook-id': String(notice.headers['webhook-id']),
      'webhook-timestamp': String(notice.headers['webhook-timestamp']),
      'webhook-signature': String(notice.headers['webhook-signature']),
    }) as Record<string, any>;
    expect(verified).toMatchObject({
      type: 'webhook.endpoint_disabled',
      workspace_id: workspace.id,
      data: { endpoint_id: goneHook.id, url: gone.url, last_status_code: 410 },
    });
    expect(verified.data.reason).toMatch(/410/);

    const [row] = await query<{ enabled: boolean; disabled_reason: string; disabled_at: Date | null }>(
      env.databaseUrl,
      'SELECT enabled, disabled_reason, disabled_at FROM webhook_endpoints WHERE id = $1',
      [goneHook.id],
    );
    expect(row.enabled).toBe(false);
    expect(row.disabled_reason).toMatch(/410 Gone/);
    expect(row.disabled_at).not.toBeNull();
    const stored = await query(env.databaseUrl, `SELECT id FROM events WHERE id = $1 AND type = 'webhook.endpoint_disabled'`, [verified.id]);
    expect(stored).toHaveLength(1);
    expect((await attempts(goneHook.id)).map((a) => [a.status_code, a.success])).toEqual([[410, false]]);
    expect(await delivery(goneHook.id)).toMatchObject({ state: 'failed', attempt_count: 1 });

    // Not retried, and later events no longer reach it.
    await publishEvent();
    await sleep(1_000);
    expect(gone.requests).toHaveLength(1);
  });

  it('retries after a timeout', async () => {
    const r = await receiver();
    let calls = 0;
    r.respond = async (_req, res) => {
      if (++calls === 1) await sleep(1_600); // beyond DELIVERY_TIMEOUT_MS=1000
      if (!res.destroyed) res.writeHead(200).end('ok');
    };
    const hook = await client.createWebhook(workspace.api_key, { url: r.url, events: ['message.received'] });
    await publishEvent();
    const rows = await eventually(
      () => attempts(hook.id),
      (a) => a.length >= 2,
      10_000,
    );
    expect(rows[0]).toMatchObject({ attempt: 1, status_code: null, error_class: 'timeout', success: false });
    expect(rows[1]).toMatchObject({ attempt: 2, status_code: 200, success: true });
    expect(await delivery(hook.id)).toMatchObject({ state: 'succeeded', attempt_count: 2 });
  });

  it('does not follow a redirect: a 3xx is a failed attempt', async () => {
    const target = await receiver();
    const r = await receiver();
    r.respond = (_req, res) => void res.writeHead(302, { location: target.url }).end();
    const hook = await client.createWebhook(workspace.api_key, { url: r.url, events: ['message.received'] });
    await publishEvent();
    const rows = await eventually(
      () => attempts(hook.id),
      (a) => a.length >= 2,
      10_000,
    );
    expect(rows[0]).toMatchObject({ attempt: 1, status_code: 302, error_class: 'redirect', success: false });
    expect(target.requests).toHaveLength(0);
  });

  it('refuses private addresses when ALLOW_PRIVATE_TARGETS is off, without connecting', async () => {
    await dispatcher.stop();
    dispatcher = await AppProcess.start('dispatcher', { ...env.env, ALLOW_PRIVATE_TARGETS: 'false' });
    const r = await receiver();
    const port = new URL(r.url).port;
    const byIp = await client.createWebhook(workspace.api_key, { url: `http://127.0.0.1:${port}/ip`, events: ['message.received'] });
    const byName = await client.createWebhook(workspace.api_key, { url: `http://localhost:${port}/name`, events: ['message.received'] });
    await sleep(1_500); // reconcile
    await publishEvent();
    for (const id of [byIp.id, byName.id]) {
      const rows = await eventually(
        () => attempts(id),
        (a) => a.length >= 1,
        10_000,
      );
      expect(rows[0]).toMatchObject({ attempt: 1, status_code: null, error_class: 'ssrf_blocked', success: false });
    }
    await sleep(500);
    expect(r.requests).toHaveLength(0);
  });
});
