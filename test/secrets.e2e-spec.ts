import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Webhook } from 'standardwebhooks';
import { http, IngestClient, loadMetaFixture, withWabaId } from './support/api-client';
import { AppProcess, freePort } from './support/app-process';
import { query } from './support/db';
import { binDir } from './support/private-postgres';
import { createTestEnvironment, ENCRYPTION_KEYS, TestEnvironment, testCipher } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';

type Json = Record<string, any>;
const exec = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');
const main = (app: 'ingest' | 'dispatcher') => path.join(ROOT, 'dist/apps', app, 'main.js');

const NEW_KEYS = `next:${Buffer.alloc(32, 9).toString('base64')}`;
const SENSITIVE_VALUE = 'Bearer sensitive-value-7c1e0b5d';
const PLAIN_VALUE = 'plain-header-value-41d9';
const METRICS_TOKEN = 'metrics-token-0123456789abcdef0123';
const WABA_ID = '230000000000001';

/** Runs a built app to its exit with exactly `env` (plus PATH). */
function runToExit(app: 'ingest' | 'dispatcher', env: Record<string, string>, args: string[] = []) {
  const r = spawnSync(process.execPath, [main(app), ...args], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

function withoutSecrets(env: Record<string, string>): Record<string, string> {
  const { META_APP_SECRET: _a, META_VERIFY_TOKEN: _v, ADMIN_TOKEN: _t, ENCRYPTION_KEYS: _k, NODE_ENV: _n, ...rest } = env;
  return rest;
}

function messagePost(messageId: string): Record<string, unknown> {
  const meta = withWabaId(loadMetaFixture('messages-text.json'), WABA_ID) as any;
  meta.entry[0].changes[0].value.messages[0].id = messageId;
  return meta;
}

function verify(secret: string, req: { body: string; headers: Record<string, unknown> }): Json {
  return new Webhook(secret).verify(req.body, {
    'webhook-id': String(req.headers['webhook-id']),
    'webhook-timestamp': String(req.headers['webhook-timestamp']),
    'webhook-signature': String(req.headers['webhook-signature']),
  }) as Json;
}

describe('secrets: required outside development, encrypted at rest, key rotation, operational surfaces', () => {
  let env: TestEnvironment;
  let ingest: AppProcess | null = null;
  let dispatcher: AppProcess | null = null;
  let client: IngestClient;
  let metricsPort: number;
  let workspace: { id: string; api_key: string };
  let hook: { id: string; secret: string };
  let fresh: { id: string; secret: string };
  const receiver = new WebhookReceiver();

  const startApps = async (keys: string) => {
    const appEnv = { ...env.env, ENCRYPTION_KEYS: keys };
    ingest = await AppProcess.start('ingest', { ...appEnv, METRICS_TOKEN });
    dispatcher = await AppProcess.start('dispatcher', { ...appEnv, METRICS_PORT: String(metricsPort), METRICS_TOKEN });
    client = new IngestClient(ingest.baseUrl);
  };
  const stopApps = async () => {
    await dispatcher?.stop();
    await ingest?.stop();
    dispatcher = ingest = null;
  };

  beforeAll(async () => {
    env = await createTestEnvironment({ ENCRYPTION_KEYS });
    metricsPort = await freePort();
    await receiver.start();
  });

  afterAll(async () => {
    await stopApps();
    await receiver.stop();
    await env?.cleanup();
  });

  it('refuses to boot without secrets unless NODE_ENV=development, naming every missing variable', async () => {
    const bare = withoutSecrets(env.env);
    for (const app of ['ingest', 'dispatcher'] as const) {
      const refused = runToExit(app, bare);
      expect(refused.status).not.toBe(0);
      expect(refused.output).toContain('Missing required configuration: META_APP_SECRET, META_VERIFY_TOKEN, ADMIN_TOKEN, ENCRYPTION_KEYS');
      const short = runToExit(app, { ...env.env, NODE_ENV: 'production', ADMIN_TOKEN: 'too-short-token' });
      expect(short.status).not.toBe(0);
      expect(short.output).toContain('ADMIN_TOKEN must be at least 32 characters');
      expect(short.output).not.toContain('too-short-token');
    }
    // Development mode must be explicit; then both apps boot on development values and say so once.
    const dev = { ...bare, NODE_ENV: 'development' };
    // Started together, as `npm start` does (both create the database if missing).
    const started = await Promise.allSettled([AppProcess.start('ingest', dev), AppProcess.start('dispatcher', dev)]);
    try {
      for (const app of started) {
        if (app.status === 'rejected') throw app.reason;
        expect(app.value.output.match(/DEVELOPMENT MODE/g)).toHaveLength(1);
        expect(app.value.output).toContain('META_APP_SECRET, META_VERIFY_TOKEN, ADMIN_TOKEN, ENCRYPTION_KEYS');
      }
    } finally {
      await Promise.all(started.map((app) => (app.status === 'fulfilled' ? app.value.stop() : undefined)));
    }
  });

  it('stores endpoint secrets and header values encrypted: pg_dump shows no secret; sensitive headers are write-only', async () => {
    await startApps(ENCRYPTION_KEYS);
    workspace = await client.createWorkspace();
    await client.linkWaba(workspace.id, WABA_ID);
    const created = await client.api<Json>(workspace.api_key, 'POST', '/v1/webhooks', {
      url: receiver.url,
      events: ['message.received'],
      headers: { Authorization: { value: SENSITIVE_VALUE, sensitive: true }, 'X-Team': PLAIN_VALUE },
    });
    expect(created.status).toBe(201);
    hook = { id: created.body.id, secret: created.body.secret };
    const shown = { Authorization: { value: null, sensitive: true }, 'X-Team': { value: PLAIN_VALUE, sensitive: false } };
    expect(created.body.headers).toEqual(shown);
    const got = await client.api<Json>(workspace.api_key, 'GET', `/v1/webhooks/${hook.id}`);
    expect(got.body.headers).toEqual(shown);
    const listed = await client.api<Json>(workspace.api_key, 'GET', '/v1/webhooks');
    expect(listed.body.data[0].headers).toEqual(shown);
    expect(JSON.stringify([created.body, got.body, listed.body])).not.toContain(SENSITIVE_VALUE);
    // What GET shows can be sent back: the sensitive value is kept.
    const patched = await client.api<Json>(workspace.api_key, 'PATCH', `/v1/webhooks/${hook.id}`, { headers: got.body.headers, description: 'CRM' });
    expect(patched.status).toBe(200);
    expect(patched.body.headers).toEqual(shown);
    const unmasking = await client.api<Json>(workspace.api_key, 'PATCH', `/v1/webhooks/${hook.id}`, {
      headers: { Authorization: { value: null, sensitive: false } },
    });
    expect(unmasking.status).toBe(400);
    // A second endpoint with a rotated secret, so previous_secret is stored too.
    const other = await client.createWebhook(workspace.api_key, { url: `${receiver.url}/other`, events: ['template.*'], enabled: false });
    const rotated = await client.api<Json>(workspace.api_key, 'POST', `/v1/webhooks/${other.id}/rotate-secret`, { grace_period_hours: 24 });
    expect(rotated.status).toBe(200);

    const [row] = await query<Json>(env.databaseUrl, 'SELECT secret, headers, sensitive_headers FROM webhook_endpoints WHERE id = $1', [hook.id]);
    expect(row.secret).toMatch(/^enc:v1:test:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/);
    expect(row.sensitive_headers).toEqual(['Authorization']);
    expect(testCipher().decrypt(row.headers.Authorization)).toBe(SENSITIVE_VALUE);

    const pgDump = binDir() ? path.join(binDir(), 'pg_dump') : 'pg_dump';
    const { stdout: dump } = await exec(pgDump, ['--no-owner', '--data-only', `--dbname=${env.databaseUrl}`], { maxBuffer: 64 * 1024 * 1024 });
    expect(dump).toContain(hook.id); // the dump does hold the endpoints…
    expect(dump).toContain('enc:v1:test:');
    expect(dump).not.toContain('whsec_'); // …but no signing secret, current or previous
    for (const secret of [hook.secret, other.secret, rotated.body.secret]) expect(dump).not.toContain(secret.slice(6, 30));
    expect(dump).not.toContain(SENSITIVE_VALUE);
    expect(dump).not.toContain(PLAIN_VALUE);
  });

  it('sends sensitive headers on delivery and signs so that standardwebhooks verifies', async () => {
    expect((await client.postMeta(messagePost('wamid.secrets-1'))).status).toBe(200);
    await receiver.waitFor(1);
    const [delivery] = receiver.requests;
    expect(delivery.headers.authorization).toBe(SENSITIVE_VALUE);
    expect(delivery.headers['x-team']).toBe(PLAIN_VALUE);
    expect(verify(hook.secret, delivery).type).toBe('message.received');
    // The test send decrypts the same way.
    const test = await client.api<Json>(workspace.api_key, 'POST', `/v1/webhooks/${hook.id}/test`, { type: 'message.received' });
    expect(test.body.success).toBe(true);
    const testDelivery = receiver.requests[receiver.requests.length - 1];
    expect(testDelivery.headers.authorization).toBe(SENSITIVE_VALUE);
    expect(verify(hook.secret, testDelivery).test).toBe(true);
  });

  it('serves /metrics behind METRICS_TOKEN, and on METRICS_PORT only when set; /docs has a CSP; retention says what it is', async () => {
    expect((await http('GET', `${ingest!.baseUrl}/metrics`)).status).toBe(401);
    const ok = await http('GET', `${ingest!.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('process_cpu_seconds_total');
    expect((await http('GET', `${dispatcher!.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(404);
    const separate = `http://127.0.0.1:${metricsPort}/metrics`;
    expect((await http('GET', separate)).status).toBe(401);
    const scraped = await http('GET', separate, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(scraped.text).toContain('dispatcher_');

    for (const page of ['/docs', '/docs/swagger-ui-init.js', '/docs-json']) {
      const res = await fetch(`${ingest!.baseUrl}${page}`);
      expect([page, res.status]).toEqual([page, 200]);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }

    const log = await client.api<Json>(workspace.api_key, 'GET', `/v1/webhooks/${hook.id}/deliveries`);
    expect(log.body.retention).toEqual({ days: 30, applies_to: 'installation', oldest_available: expect.any(String) });
    // Ed25519 and redacting: its private key and redaction key are re-encrypted below with the rest.
    fresh = await client.createWebhook(workspace.api_key, {
      url: `${receiver.url}/fresh`,
      events: ['template.*'],
      signature_algorithm: 'ed25519',
      redact: ['phone_numbers'],
    });
    const freshLog = await client.api<Json>(workspace.api_key, 'GET', `/v1/webhooks/${fresh.id}/deliveries`);
    expect(freshLog.body.retention.oldest_available).toBeNull(); // its own attempts, not the installation's
  });

  it('re-encrypts every row under a new key while the apps run; deliveries still verify once the old key is gone', async () => {
    const underOld = await query<Json>(env.databaseUrl, 'SELECT id FROM webhook_endpoints');
    // Step 1: every app learns the new key (first = active) and keeps the old one for reading.
    await stopApps();
    const both = `${NEW_KEYS},${ENCRYPTION_KEYS}`;
    await startApps(both);
    expect((await client.api<Json>(workspace.api_key, 'GET', `/v1/webhooks/${hook.id}/secret`)).body.secret).toBe(hook.secret);
    // Step 2: re-encrypt, apps still serving.
    const run = runToExit('ingest', { ...env.env, ENCRYPTION_KEYS: both }, ['reencrypt-secrets']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.output.trim().split('\n').pop()!);
    expect(result).toEqual({ active_key_id: 'next', reencrypted_endpoints: underOld.length, remaining: 0 });
    const rows = await query<Json>(env.databaseUrl, 'SELECT secret, previous_secret, headers, redaction_key FROM webhook_endpoints');
    const values = rows.flatMap((r) => [r.secret, r.previous_secret, r.redaction_key, ...Object.values(r.headers)]).filter((v) => v !== null);
    expect(rows.filter((r) => r.redaction_key !== null)).toHaveLength(1);
    expect(values.length).toBeGreaterThan(rows.length);
    for (const v of values) expect(v).toMatch(/^enc:v1:next:/);
    const again = runToExit('ingest', { ...env.env, ENCRYPTION_KEYS: both }, ['reencrypt-secrets']);
    expect(JSON.parse(again.output.trim().split('\n').pop()!)).toMatchObject({ reencrypted_endpoints: 0, remaining: 0 });

    // Step 3: the old key is removed; everything still reads, signs and sends.
    await stopApps();
    await startApps(NEW_KEYS);
    const before = receiver.requests.length;
    expect((await client.postMeta(messagePost('wamid.secrets-2'))).status).toBe(200);
    await receiver.waitFor(before + 1);
    const delivery = receiver.requests[before];
    expect(delivery.headers.authorization).toBe(SENSITIVE_VALUE);
    expect(verify(hook.secret, delivery).data.message_id).toBe('wamid.secrets-2');
    expect((await client.api<Json>(workspace.api_key, 'GET', `/v1/webhooks/${hook.id}/secret`)).body.secret).toBe(hook.secret);
    expect((await client.api<Json>(workspace.api_key, 'GET', `/v1/webhooks/${fresh.id}/secret`)).body.secret).toBe(fresh.secret);
    expect(fresh.secret).toMatch(/^whpk_/);
  });

  it('a dispatcher without the key of an endpoint leaves its events in the queue, and they go out once the key is there', async () => {
    await dispatcher!.stop();
    const keyless = await AppProcess.start('dispatcher', { ...env.env, ENCRYPTION_KEYS }); // knows only the retired key
    const before = receiver.requests.length;
    try {
      expect((await client.postMeta(messagePost('wamid.secrets-3'))).status).toBe(200);
      await new Promise((r) => setTimeout(r, 2_000));
      expect(receiver.requests.length).toBe(before);
      expect(keyless.output).toContain(`endpoint ${hook.id} is not consumed`);
      expect(keyless.output).toContain('encryption key \\"next\\" is not configured');
    } finally {
      await keyless.stop();
    }
    dispatcher = await AppProcess.start('dispatcher', { ...env.env, ENCRYPTION_KEYS: NEW_KEYS });
    await receiver.waitFor(before + 1);
    expect(verify(hook.secret, receiver.requests[before]).data.message_id).toBe('wamid.secrets-3');
  });
});
