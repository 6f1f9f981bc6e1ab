import amqp from 'amqplib';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { Webhook } from 'standardwebhooks';
import { IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { ReceivedRequest, WebhookReceiver } from './support/webhook-receiver';
import { eventually, sleep } from './support/wait';

// Endpoint health (AUTO_DISABLE_AFTER) and Retry-After, end to end, on short schedules.
const AUTO_DISABLE_AFTER_MS = 2_000;
const HEALTH_SCHEDULE = Array<number>(10).fill(300);
const RETRY_AFTER_SCHEDULE = [200, 1500];
const JITTER = 0.1;

const exec = promisify(execFile);
const schedule = (ms: number[]) => ms.map((d) => `${d}ms`).join(',');

describe('dispatcher: endpoint health and Retry-After', () => {
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
  let trickle: { stop: () => Promise<string[]> } | null = null;

  async function receiver(): Promise<WebhookReceiver> {
    const r = await new WebhookReceiver().start();
    receivers.push(r);
    return r;
  }

  /** Publishes one event the way ingest does (topic exchange, persistent, confirmed). */
  async function publishEvent(type = 'message.received'): Promise<string> {
    const id = `evt_${run}_${++seq}`;
    const envelope = {
      id,
      type,
      created_at: new Date().toISOString(),
      workspace_id: workspace.id,
      waba_id: 'waba-1',
      phone_number_id: 'pn-1',
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

  /** One event every `everyMs` until stopped; stop() resolves with the ids published. */
  function startTrickle(everyMs: number): { stop: () => Promise<string[]> } {
    const ids: string[] = [];
    let running = true;
    const loop = (async () => {
      while (running) {
        ids.push(await publishEvent());
        await sleep(everyMs);
      }
    })();
    return {
      stop: async () => {
        running = false;
        await loop;
        return ids;
      },
    };
  }

  async function attempts(endpointId: string) {
    return query<{ event_id: string; attempt: number; status_code: number | null; error_class: string | null; success: boolean; started_at: Date }>(
      env.databaseUrl,
      'SELECT event_id, attempt, status_code, error_class, success, started_at FROM delivery_attempts WHERE endpoint_id = $1 ORDER BY started_at, id',
      [endpointId],
    );
  }

  async function endpointRow(id: string) {
    const [row] = await query<{
      enabled: boolean;
      disabled_reason: string | null;
      disabled_at: Date | null;
      failing_since: Date | null;
      last_success_at: Date | null;
    }>(env.databaseUrl, 'SELECT enabled, disabled_reason, disabled_at, failing_since, last_success_at FROM webhook_endpoints WHERE id = $1', [id]);
    return row;
  }

  function verify(secret: string, req: ReceivedRequest): Record<string, any> {
    return new Webhook(secret).verify(req.body, {
      'webhook-id': String(req.headers['webhook-id']),
      'webhook-timestamp': String(req.headers['webhook-timestamp']),
      'webhook-signature': String(req.headers['webhook-signature']),
    }) as Record<string, any>;
  }

  /** Routing keys bound from the events exchange to the endpoint's queue. */
  async function bindingsOf(endpointId: string): Promise<string[]> {
    const { stdout } = await exec(
      'rabbitmqctl',
      ['-q', '--no-table-headers', 'list_bindings', '-p', env.vhost, 'source_name', 'destination_name', 'routing_key'],
      { timeout: 30_000 },
    );
    return stdout
      .split('\n')
      .map((l) => l.split('\t'))
      .filter(([source, destination]) => source === 'wawh.events' && destination?.endsWith(`.endpoint.${endpointId}`))
      .map(([, , key]) => key);
  }

  beforeAll(async () => {
    env = await createTestEnvironment({
      RETRY_SCHEDULE: schedule(HEALTH_SCHEDULE),
      RETRY_JITTER: String(JITTER),
      AUTO_DISABLE_AFTER: `${AUTO_DISABLE_AFTER_MS / 1000}s`,
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
    await trickle?.stop().catch(() => undefined);
    await conn?.close().catch(() => undefined);
    await dispatcher?.stop();
    await ingest?.stop();
    for (const r of receivers) await r.stop();
    await env?.cleanup();
  });

  describe('AUTO_DISABLE_AFTER', () => {
    let watcher: WebhookReceiver;
    let watchHook: { id: string; secret: string };
    let control: WebhookReceiver;

    beforeAll(async () => {
      watcher = await receiver();
      watchHook = await client.createWebhook(workspace.api_key, { url: watcher.url, events: ['webhook.endpoint_disabled'] });
      control = await receiver(); // healthy, proves each event was routed
      await client.createWebhook(workspace.api_key, { url: control.url, events: ['message.received'] });
    });

    it('disables an endpoint failing without a single success for AUTO_DISABLE_AFTER, unbinds it and tells the workspace', async () => {
      const failing = await receiver();
      failing.respond = (_req, res) => void res.writeHead(500, { 'content-type': 'text/plain' }).end('broken');
      const hook = await client.createWebhook(workspace.api_key, { url: failing.url, events: ['message.received'] });
      expect(await bindingsOf(hook.id)).toEqual([`${workspace.id}.message.received`]);

      trickle = startTrickle(250);
      const disabled = await eventually(
        () => client.api<Record<string, unknown>>(workspace.api_key, 'GET', `/v1/webhooks/${hook.id}`),
        (res) => res.status === 200 && res.body.enabled === false,
        10_000,
      );
      await watcher.waitFor(1, 5_000);
      await sleep(500); // attempts already on the wire when it was disabled have landed
      const sentAtDisable = failing.requests.length;
      await trickle.stop();
      trickle = null;

      // Disabled through the API's view, with the reason.
      expect(disabled.body).toMatchObject({ id: hook.id, enabled: false, status: 'disabled' });
      expect(disabled.body.disabled_reason).toMatch(/^No successful delivery since \S+ \(AUTO_DISABLE_AFTER=2s\)$/);

      // Only after AUTO_DISABLE_AFTER of failures, every one of them a 500.
      const rows = await attempts(hook.id);
      const sent = rows.filter((a) => a.error_class !== 'endpoint_disabled');
      expect(sent.length).toBeGreaterThanOrEqual(5);
      expect(sent.every((a) => a.status_code === 500 && !a.success)).toBe(true);
      const row = await endpointRow(hook.id);
      expect(row.enabled).toBe(false);
      expect(row.disabled_reason).toBe(disabled.body.disabled_reason);
      const firstFailure = sent[0].started_at.getTime();
      expect(row.failing_since!.getTime()).toBe(firstFailure);
      expect(row.disabled_at!.getTime() - firstFailure).toBeGreaterThanOrEqual(AUTO_DISABLE_AFTER_MS);
      expect(row.disabled_at!.getTime() - firstFailure).toBeLessThan(AUTO_DISABLE_AFTER_MS + 1_500);
      console.log(`disabled ${row.disabled_at!.getTime() - firstFailure} ms after the first failure, after ${sent.length} failed attempts`);

      // The workspace is told, once, on its other endpoint.
      expect(watcher.requests).toHaveLength(1);
      const notice = verify(watchHook.secret, watcher.requests[0]);
      expect(notice).toMatchObject({
        type: 'webhook.endpoint_disabled',
        workspace_id: workspace.id,
        data: { endpoint_id: hook.id, url: failing.url, reason: row.disabled_reason, last_status_code: 500 },
        timestamp: row.disabled_at!.toISOString(),
      });

      // Its bindings are gone: a new event never reaches its queue (not even as a skipped attempt).
      expect(await bindingsOf(hook.id)).toEqual([]);
      const late = await publishEvent();
      await eventually(
        async () => control.requests.some((r) => r.headers['webhook-id'] === late),
        (seen) => seen,
        5_000,
      );
      await sleep(1_000);
      expect(failing.requests.filter((r) => r.headers['webhook-id'] === late)).toHaveLength(0);
      expect((await attempts(hook.id)).filter((a) => a.event_id === late)).toHaveLength(0);
      expect(failing.requests).toHaveLength(sentAtDisable);
    });

    it('keeps an endpoint enabled while it keeps succeeding between failures (failing_since is reset)', async () => {
      // Every event fails on its first attempt and succeeds on its retry 300 ms later.
      const flaky = await receiver();
      const seen = new Set<string>();
      flaky.respond = (req, res) => {
        const id = String(req.headers['webhook-id']);
        const first = !seen.has(id);
        seen.add(id);
        res.writeHead(first ? 500 : 200, { 'content-type': 'text/plain' }).end(first ? 'busy' : 'ok');
      };
      const hook = await client.createWebhook(workspace.api_key, { url: flaky.url, events: ['message.received'] });
      const noticesBefore = watcher.requests.length;

      trickle = startTrickle(250);
      await sleep(AUTO_DISABLE_AFTER_MS * 2.5);
      const ids = await trickle.stop();
      trickle = null;
      await flaky.waitFor(ids.length * 2, 5_000);
      const rows = await eventually(
        () => attempts(hook.id),
        (a) => a.length === ids.length * 2,
        5_000,
      );

      const failures = rows.filter((a) => !a.success);
      expect(failures).toHaveLength(ids.length);
      expect(failures.every((a) => a.attempt === 1 && a.status_code === 500)).toBe(true);
      expect(rows.filter((a) => a.success).every((a) => a.attempt === 2 && a.status_code === 200)).toBe(true);
      // Failures kept coming for well over AUTO_DISABLE_AFTER, yet it was never disabled.
      const failingFor = failures[failures.length - 1].started_at.getTime() - failures[0].started_at.getTime();
      expect(failingFor).toBeGreaterThan(AUTO_DISABLE_AFTER_MS * 2);

      const res = await client.api<Record<string, unknown>>(workspace.api_key, 'GET', `/v1/webhooks/${hook.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: hook.id, enabled: true, status: 'enabled', disabled_reason: null });
      const row = await eventually(
        () => endpointRow(hook.id),
        (r) => r.failing_since === null,
        3_000,
      );
      expect(row.enabled).toBe(true);
      expect(row.disabled_at).toBeNull();
      expect(row.last_success_at).not.toBeNull();
      expect(await bindingsOf(hook.id)).toEqual([`${workspace.id}.message.received`]);
      expect(watcher.requests).toHaveLength(noticesBefore);
    });
  });

  describe('Retry-After', () => {
    beforeAll(async () => {
      await dispatcher.stop();
      dispatcher = await AppProcess.start('dispatcher', { ...env.env, RETRY_SCHEDULE: schedule(RETRY_AFTER_SCHEDULE) });
    });

    it('waits for the smallest tier at least as long as Retry-After, and keeps the schedule without it', async () => {
      const withHeader = await receiver();
      withHeader.respond = (_req, res) => {
        if (withHeader.requests.length === 1) res.writeHead(503, { 'retry-after': '1', 'content-type': 'text/plain' }).end('later');
        else res.writeHead(200).end('ok');
      };
      const without = await receiver();
      without.respond = (_req, res) => {
        if (without.requests.length === 1) res.writeHead(503, { 'content-type': 'text/plain' }).end('later');
        else res.writeHead(200).end('ok');
      };
      const hookWith = await client.createWebhook(workspace.api_key, { url: withHeader.url, events: ['message.received'] });
      const hookWithout = await client.createWebhook(workspace.api_key, { url: without.url, events: ['message.received'] });
      const eventId = await publishEvent();

      await Promise.all([withHeader.waitFor(2, 10_000), without.waitFor(2, 10_000)]);
      await sleep(RETRY_AFTER_SCHEDULE[1] + 300); // a 3rd attempt would have come by now
      for (const r of [withHeader, without]) {
        expect(r.requests).toHaveLength(2);
        expect(r.requests.every((req) => req.headers['webhook-id'] === eventId)).toBe(true);
      }
      const gapWith = withHeader.requests[1].receivedAt - withHeader.requests[0].receivedAt;
      const gapWithout = without.requests[1].receivedAt - without.requests[0].receivedAt;
      console.log(`retry gap with Retry-After: 1 → ${gapWith} ms; without → ${gapWithout} ms (schedule ${RETRY_AFTER_SCHEDULE.join(', ')} ms)`);
      // Retry-After 1 s > 200 ms: the 1500 ms tier, not shortened by jitter.
      expect(gapWith).toBeGreaterThanOrEqual(900);
      expect(gapWith).toBeGreaterThanOrEqual(RETRY_AFTER_SCHEDULE[1] - 20);
      expect(gapWith).toBeLessThan(RETRY_AFTER_SCHEDULE[1] + 400);
      // No Retry-After: the schedule's 200 ms (jittered).
      expect(gapWithout).toBeGreaterThanOrEqual(RETRY_AFTER_SCHEDULE[0] * (1 - JITTER) - 20);
      expect(gapWithout).toBeLessThan(900);

      for (const id of [hookWith.id, hookWithout.id]) {
        const rows = await eventually(
          () => attempts(id),
          (a) => a.length === 2,
        );
        expect(rows.map((a) => [a.attempt, a.status_code, a.success])).toEqual([
          [1, 503, false],
          [2, 200, true],
        ]);
      }
    });
  });
});
