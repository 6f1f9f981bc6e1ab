import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Webhook } from 'standardwebhooks';
import { createClient, verifyWebhook } from '@wa-webhooks/client';
import { describeDelivery, registerEndpoint } from '../clients/typescript/examples/quickstart';
import { IngestClient, loadMetaFixture, withWabaId } from './support/api-client';
import { AppProcess } from './support/app-process';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';

const run = promisify(execFile);
const CLIENT = path.resolve(__dirname, '../clients/typescript');
const WABA = '103850127645299';
const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Never called: compiled by the typecheck, it proves the generated types refuse what the API refuses. */
export function typesBite(api: ReturnType<typeof createClient>): unknown[] {
  return [
    api.GET('/v1/webhooks'),
    // @ts-expect-error not a path of the document
    api.GET('/v1/nothing'),
    // @ts-expect-error the path has no PUT
    api.PUT('/v1/webhooks', { body: {} }),
    // @ts-expect-error the id path parameter is required
    api.GET('/v1/webhooks/{id}'),
    // @ts-expect-error events must be an array of strings
    api.POST('/v1/webhooks', { body: { url: 'https://a.example', events: 'message.*', enabled: true } }),
  ];
}

describe('the TypeScript client against the live system', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let receiver: WebhookReceiver;
  let ws: { id: string; api_key: string };

  beforeAll(async () => {
    env = await createTestEnvironment();
    ingest = await AppProcess.start('ingest', env.env);
    dispatcher = await AppProcess.start('dispatcher', env.env);
    receiver = await new WebhookReceiver().start();
    const admin = new IngestClient(ingest.baseUrl);
    ws = await admin.createWorkspace('client');
    await admin.linkWaba(ws.id, WABA);
  });

  afterAll(async () => {
    await receiver?.stop();
    await dispatcher?.stop();
    await ingest?.stop();
    await env?.cleanup();
  });

  it('its committed types are what openapi-typescript generates from the live document', async () => {
    const args = [path.join(CLIENT, 'scripts/generate-schema.mjs'), '--url', `${ingest.baseUrl}/docs-json`];
    if (!process.env.UPDATE_CLIENT_SCHEMA) args.push('--check');
    // Exits 1, naming the command that regenerates it, when the file has drifted from the document.
    const { stdout } = await run(process.execPath, args, { cwd: CLIENT, timeout: 60_000 });
    expect(stdout).toMatch(/matches the document|wrote/);
  });

  it('its README shows the example that runs here, verbatim', () => {
    const readme = readFileSync(path.join(CLIENT, 'README.md'), 'utf8');
    const example = readFileSync(path.join(CLIENT, 'examples/quickstart.ts'), 'utf8');
    expect(readme).toContain('```ts\n' + example + '```');
  });

  it('the README example registers an endpoint, then verifies a real delivery and a test event with verifyWebhook', async () => {
    const { id, secret } = await registerEndpoint(ingest.baseUrl, ws.api_key, receiver.url);
    expect(secret).toMatch(/^whsec_/);
    await new Promise((r) => setTimeout(r, 500)); // routing is in place on return; the dispatcher picks the queue up on its reconcile
    const fixture = withWabaId(loadMetaFixture('template-status-approved.json'), WABA);
    expect((await new IngestClient(ingest.baseUrl).postMeta(fixture)).status).toBe(200);
    await receiver.waitFor(1, 20_000);
    const delivery = receiver.requests[0];
    expect(describeDelivery(delivery.body, delivery.headers, secret)).toBe(
      `template order_shipped is APPROVED (at ${new Date(1778491400 * 1000).toISOString()})`,
    );

    // The same delivery, verified with the standardwebhooks library directly as any consumer would; the
    // envelope carries the Standard Webhooks `timestamp` (event time, milliseconds) beside created_at.
    const verified = new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>) as Record<string, unknown>;
    expect(verified.timestamp).toMatch(ISO_MS);
    expect(verified.timestamp).toBe('2026-05-11T09:23:20.000Z');
    expect(verified.created_at).toBe('2026-05-11T09:23:20Z');

    const api = createClient({ baseUrl: ingest.baseUrl, apiKey: ws.api_key });
    const test = await api.POST('/v1/webhooks/{id}/test', { params: { path: { id } }, body: { type: 'message.received' } });
    expect(test.ok && test.data.success).toBe(true);
    await receiver.waitFor(2);
    const testDelivery = receiver.requests[1];
    expect(describeDelivery(testDelivery.body, testDelivery.headers, secret)).toMatch(/^a \w+ message arrived \(at \d{4}-.*\.\d{3}Z\)$/);
    const testEvent = verifyWebhook(testDelivery.body, testDelivery.headers, secret);
    expect(testEvent).toMatchObject({ type: 'message.received', test: true });
  });

  it('verifyWebhook refuses a forged or altered delivery, and the client answers errors in the API shape', async () => {
    const created = await registerEndpoint(ingest.baseUrl, ws.api_key, receiver.url);
    const delivery = receiver.requests[0];
    expect(() => verifyWebhook(delivery.body.replace('APPROVED', 'REJECTED'), delivery.headers, created.secret)).toThrow();
    expect(() => verifyWebhook(delivery.body, { ...delivery.headers, 'webhook-signature': 'v1,AAAA' }, created.secret)).toThrow();

    const api = createClient({ baseUrl: ingest.baseUrl, apiKey: ws.api_key });
    const missing = await api.GET('/v1/webhooks/{id}', { params: { path: { id: '8c3f1a52-0a6b-4c1e-9d4c-2b2f8e0c1a11' } } });
    expect(missing).toMatchObject({ ok: false, status: 404, error: { status: 404, code: 'not_found' } });
    const list = await api.GET('/v1/webhooks', { params: { query: { limit: 10 } } });
    expect(list.ok && list.data.data.map((w) => w.id)).toContain(created.id);
  });
});
