import { createServer, Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Frame, Page } from 'playwright-core';
import { http, HttpResult, IngestClient } from './support/api-client';
import { AppProcess, freePort } from './support/app-process';
import { query } from './support/db';
import { ADMIN_TOKEN, createTestEnvironment, TestEnvironment } from './support/test-environment';
import { waitUntil } from './support/wait';

// Portal sessions: settings-page URLs issued by the platform's backend, signed in without an API key,
// and the page embedded in an iframe of the platform's own origin.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Json = Record<string, any>;
interface PortalSession {
  id: string;
  url: string;
  prefix: string;
  read_only: boolean;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** The platform's own page: one iframe showing the portal URL given in the query string. */
async function startEmbeddingSite(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
    const attr = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Platform</title><h1>Platform dashboard</h1><iframe title="Webhooks" src="${attr}" width="1200" height="800"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

const tokenOf = (url: string) => new URL(url).hash.replace(/^#portal=/, '');

describe('portal sessions: the settings page signed in from the platform, embeddable', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let client: IngestClient;
  let allowedSite: Server;
  let refusedSite: Server;
  let allowedOrigin: string;
  let refusedOrigin: string;
  let workspace: { id: string; api_key: string };
  let other: { id: string; api_key: string };

  const admin = <T = Json>(method: string, pathname: string, body?: unknown): Promise<HttpResult<T>> =>
    http<T>(method, `${ingest.baseUrl}/admin/v1${pathname}`, { headers: { 'x-admin-token': ADMIN_TOKEN }, body });
  const open = async (workspaceId: string, body: Json = {}): Promise<PortalSession> => {
    const res = await admin<PortalSession>('POST', `/workspaces/${workspaceId}/portal-sessions`, body);
    if (res.status !== 201) throw new Error(`portal session: ${res.status} ${res.text}`);
    return res.body;
  };

  beforeAll(async () => {
    const [allowedPort, refusedPort] = [await freePort(), await freePort()];
    allowedOrigin = `http://localhost:${allowedPort}`;
    refusedOrigin = `http://localhost:${refusedPort}`;
    allowedSite = await startEmbeddingSite(allowedPort);
    refusedSite = await startEmbeddingSite(refusedPort);
    env = await createTestEnvironment({ PORTAL_FRAME_ANCESTORS: allowedOrigin, PORTAL_SESSION_MAX_TTL: '2h', LOG_LEVEL: 'info' });
    ingest = await AppProcess.start('ingest', env.env);
    client = new IngestClient(ingest.baseUrl);
    workspace = await client.createWorkspace('Portal workspace');
    other = await client.createWorkspace('Another workspace');
  }, 60_000);

  afterAll(async () => {
    await ingest?.stop();
    await env?.cleanup();
    await Promise.all([allowedSite, refusedSite].map((s) => s && new Promise((resolve) => s.close(resolve))));
  });

  it('issues a one-hour settings-page URL with the token in the fragment, to the admin token only', async () => {
    expect((await http('POST', `${ingest.baseUrl}/admin/v1/workspaces/${workspace.id}/portal-sessions`, { body: {} })).status).toBe(401);
    const before = Date.now();
    const session = await open(workspace.id);
    const url = new URL(session.url);
    expect(url.pathname).toBe('/settings/webhooks');
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#portal=wp_[A-Za-z0-9_-]{40,}$/);
    expect(session).toMatchObject({ read_only: false, revoked_at: null, prefix: tokenOf(session.url).slice(0, 9) });
    expect(Date.parse(session.expires_at) - before).toBeGreaterThan(3_590_000);
    expect(Date.parse(session.expires_at) - before).toBeLessThan(3_610_000);
    // Stored hashed, like API keys.
    const rows = await query<{ token_hash: string }>(env.databaseUrl, 'SELECT token_hash FROM portal_sessions WHERE id = $1', [session.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(tokenOf(session.url));

    const listed = await admin<PortalSession[]>('GET', `/workspaces/${workspace.id}/portal-sessions`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((s) => s.id)).toContain(session.id);
    expect(JSON.stringify(listed.body)).not.toContain(tokenOf(session.url));
  });

  it('validates the lifetime against the range and PORTAL_SESSION_MAX_TTL, and the workspace', async () => {
    for (const body of [
      { expires_in_seconds: 59 },
      { expires_in_seconds: 7201 },
      { expires_in_seconds: 'soon' },
      { read_only: 'yes' },
      { expires_in_seconds: null },
    ]) {
      const res = await admin('POST', `/workspaces/${workspace.id}/portal-sessions`, body);
      expect([body, res.status]).toEqual([body, 400]);
    }
    expect((await admin('POST', `/workspaces/${workspace.id}/portal-sessions`, { expires_in_seconds: 7200 })).status).toBe(201);
    expect((await admin('POST', '/workspaces/9a4f3b0e-61f2-4a57-bb4e-0f6c6f1d2e3a/portal-sessions', {})).status).toBe(404);
  });

  it('authenticates /v1 for its own workspace only, and never /admin/v1', async () => {
    const token = tokenOf((await open(workspace.id)).url);
    const otherHook = await client.createWebhook(other.api_key, { url: 'http://127.0.0.1:9/other', events: ['account.updated'] });

    const me = await client.api<Json>(token, 'GET', '/v1/workspace');
    expect([me.status, me.body.id]).toEqual([200, workspace.id]);
    const created = await client.api<Json>(token, 'POST', '/v1/webhooks', { url: 'http://127.0.0.1:9/mine', events: ['account.updated'] });
    expect(created.status).toBe(201);
    const list = await client.api<{ data: Json[] }>(token, 'GET', '/v1/webhooks');
    expect(list.body.data.map((w) => w.id)).toEqual([created.body.id]);
    expect((await client.api(token, 'GET', `/v1/webhooks/${otherHook.id}`)).status).toBe(404);
    expect((await client.api(token, 'DELETE', `/v1/webhooks/${otherHook.id}`)).status).toBe(404);
    expect((await client.api(other.api_key, 'GET', `/v1/webhooks/${otherHook.id}`)).status).toBe(200);

    expect((await http('GET', `${ingest.baseUrl}/admin/v1/workspaces/${workspace.id}/api-keys`, { headers: { 'x-admin-token': token } })).status).toBe(401);
    expect(
      (await http('GET', `${ingest.baseUrl}/admin/v1/workspaces/${workspace.id}/portal-sessions`, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(401);
  });

  it('read-only: reads answer, every write is 403 and changes nothing', async () => {
    const session = await open(workspace.id, { read_only: true });
    expect(session.read_only).toBe(true);
    const token = tokenOf(session.url);
    const list = await client.api<{ data: Json[] }>(token, 'GET', '/v1/webhooks');
    expect(list.status).toBe(200);
    const hookId = list.body.data[0].id;
    expect((await client.api(token, 'GET', `/v1/webhooks/${hookId}`)).status).toBe(200);
    const writes: [string, string, unknown][] = [
      ['POST', '/v1/webhooks', { url: 'http://127.0.0.1:9/read-only', events: ['account.updated'] }],
      ['PATCH', `/v1/webhooks/${hookId}`, { description: 'changed' }],
      ['DELETE', `/v1/webhooks/${hookId}`, undefined],
      ['POST', `/v1/webhooks/${hookId}/rotate-secret`, {}],
    ];
    for (const [method, pathname, body] of writes) {
      const res = await client.api<Json>(token, method, pathname, body);
      expect([method, pathname, res.status, res.body.code]).toEqual([method, pathname, 403, 'forbidden']);
    }
    const after = await client.api<{ data: Json[] }>(workspace.api_key, 'GET', '/v1/webhooks');
    expect(after.body.data).toEqual(list.body.data);
  });

  it('revocation ends the sign-in at once, scoped to its workspace, and shows in the list', async () => {
    const session = await open(workspace.id);
    const token = tokenOf(session.url);
    expect((await client.api(token, 'GET', '/v1/webhooks')).status).toBe(200);
    expect((await admin('DELETE', `/workspaces/${other.id}/portal-sessions/${session.id}`)).status).toBe(404);
    expect((await client.api(token, 'GET', '/v1/webhooks')).status).toBe(200);
    expect((await admin('DELETE', `/workspaces/${workspace.id}/portal-sessions/${session.id}`)).status).toBe(204);
    expect((await client.api(token, 'GET', '/v1/webhooks')).status).toBe(401);
    expect((await admin('DELETE', `/workspaces/${workspace.id}/portal-sessions/${session.id}`)).status).toBe(404);
    const listed = await admin<PortalSession[]>('GET', `/workspaces/${workspace.id}/portal-sessions`);
    expect(listed.body.find((s) => s.id === session.id)?.revoked_at).toEqual(expect.any(String));
    expect((await admin<PortalSession[]>('GET', `/workspaces/${other.id}/portal-sessions`)).body).toEqual([]);
  });

  it('expiry ends the sign-in', async () => {
    const session = await open(workspace.id, { expires_in_seconds: 60 });
    const token = tokenOf(session.url);
    expect((await client.api(token, 'GET', '/v1/webhooks')).status).toBe(200);
    // A minute is the shortest lifetime; move it into the past rather than wait.
    await query(env.databaseUrl, `UPDATE portal_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [session.id]);
    const refused = await client.api<Json>(token, 'GET', '/v1/webhooks');
    expect([refused.status, refused.body.code]).toEqual([401, 'unauthorized']);
  });

  it('documents the routes in the OpenAPI document, under the admin token', async () => {
    const doc = (await http<Json>('GET', `${ingest.baseUrl}/docs-json`)).body;
    const base = '/admin/v1/workspaces/{workspaceId}/portal-sessions';
    for (const [path, method] of [
      [base, 'post'],
      [base, 'get'],
      [`${base}/{sessionId}`, 'delete'],
    ]) {
      const op = doc.paths[path]?.[method];
      expect([path, method, op?.security]).toEqual([path, method, [{ 'admin-token': [] }]]);
    }
    expect(doc.paths[base].post.responses['201'].content['application/json'].schema.$ref).toBe('#/components/schemas/CreatedPortalSessionDto');
    expect(doc.components.schemas.CreatePortalSessionDto.properties.expires_in_seconds).toMatchObject({
      minimum: 60,
      default: 3600,
      example: expect.any(Number),
    });
  });

  it("sends PORTAL_FRAME_ANCESTORS as the page's frame-ancestors", async () => {
    const res = await fetch(`${ingest.baseUrl}/settings/webhooks`);
    expect(res.headers.get('content-security-policy')).toMatch(new RegExp(`frame-ancestors ${allowedOrigin}$`));
  });

  describe('in a real browser', () => {
    let context: BrowserContext;
    let page: Page;
    let userDataDir: string;
    const consoleMessages: string[] = [];

    beforeAll(async () => {
      userDataDir = mkdtempSync(path.join(tmpdir(), 'portal-chromium-'));
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1280, height: 900 },
      });
      page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(10_000);
      page.on('console', (m) => consoleMessages.push(m.text()));
    }, 30_000);

    afterAll(async () => {
      await context?.close();
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    });

    const portalFrame = async (): Promise<Frame> => {
      const handle = await page.waitForSelector('iframe');
      const frame = await handle.contentFrame();
      if (!frame) throw new Error('iframe without a frame');
      return frame;
    };

    it('opens a portal URL inside an iframe of the platform origin, signed in, and creates a webhook', async () => {
      const session = await open(workspace.id);
      // The ingest listens on 127.0.0.1: a different site from the platform's localhost page.
      const portalUrl = `${ingest.baseUrl}${new URL(session.url).pathname}${new URL(session.url).hash}`;
      await page.goto(`${allowedOrigin}/?src=${encodeURIComponent(portalUrl)}`);
      await page.getByRole('heading', { name: 'Platform dashboard' }).waitFor();
      const frame = page.frameLocator('iframe');
      await frame.getByRole('heading', { name: 'Webhooks', exact: true }).waitFor();
      await frame.locator('#session').getByText(workspace.id).waitFor();
      // The token left the address bar at once; no API key was asked for.
      const inner = await portalFrame();
      expect(await inner.evaluate(() => location.hash)).toBe('#/webhooks');
      expect(await frame.getByLabel('API key').count()).toBe(0);

      await frame.getByRole('link', { name: 'New webhook' }).click();
      await frame.getByRole('heading', { name: 'New webhook' }).waitFor();
      await frame.getByLabel('Endpoint URL').fill(`${allowedOrigin}/hooks/from-portal`);
      await frame.getByLabel('Description (optional)').fill('Created in the embedded settings page');
      await frame.getByLabel('account.updated', { exact: true }).check();
      await frame.getByRole('button', { name: 'Save webhook' }).click();
      await frame.getByRole('heading', { name: 'Webhook created' }).waitFor();
      const secret = await frame.getByRole('textbox', { name: 'Signing secret' }).inputValue();
      expect(secret).toMatch(/^whsec_/);

      const hooks = await client.api<{ data: Json[] }>(workspace.api_key, 'GET', '/v1/webhooks');
      expect(hooks.body.data.find((w) => w.url === `${allowedOrigin}/hooks/from-portal`)).toMatchObject({
        description: 'Created in the embedded settings page',
      });
      // The fragment never reaches the server, so the token is in no log line.
      expect(ingest.output).not.toContain(tokenOf(session.url));
    });

    it('shows "Signed out" instead of a key prompt once the sign-in is revoked', async () => {
      const sessions = await admin<PortalSession[]>('GET', `/workspaces/${workspace.id}/portal-sessions`);
      for (const s of sessions.body.filter((x) => !x.revoked_at)) await admin('DELETE', `/workspaces/${workspace.id}/portal-sessions/${s.id}`);
      const frame = page.frameLocator('iframe');
      // Any next request of the page is refused: going back to the list makes one.
      await (await portalFrame()).evaluate(() => (location.hash = '#/'));
      await frame.getByRole('heading', { name: 'Signed out' }).waitFor();
      expect(await frame.getByLabel('API key').count()).toBe(0);
    });

    it('is refused inside a frame of an origin PORTAL_FRAME_ANCESTORS does not allow', async () => {
      const session = await open(workspace.id);
      const portalUrl = `${ingest.baseUrl}${new URL(session.url).pathname}${new URL(session.url).hash}`;
      consoleMessages.length = 0;
      await page.goto(`${refusedOrigin}/?src=${encodeURIComponent(portalUrl)}`);
      await page.getByRole('heading', { name: 'Platform dashboard' }).waitFor();
      await waitUntil(async () => consoleMessages.some((m) => m.includes('frame-ancestors')), 10_000);
      const inner = await portalFrame();
      expect(inner.url()).not.toContain('/settings/webhooks#/webhooks');
      expect(await page.frameLocator('iframe').locator('#main').count()).toBe(0);
      // The page never ran, so the token was not even used.
      expect((await client.api(tokenOf(session.url), 'GET', '/v1/workspace')).status).toBe(200);
    });
  });
});
