import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { http, IngestClient, loadMetaFixture, withWabaId } from './support/api-client';
import { AppProcess } from './support/app-process';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';

// Settings → Webhooks in Debian's Chromium, against the built ingest and dispatcher.
/** Debian's Chromium unless CHROMIUM_PATH names another Chromium or Chrome binary. */
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
// The README's screenshots are refreshed with UPDATE_SCREENSHOTS=1; ordinary runs write to test-results/.
const SCREENSHOTS = path.resolve(__dirname, process.env.UPDATE_SCREENSHOTS === '1' ? '../docs/screenshots' : '../test-results/screenshots');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

function verify(secret: string, req: WebhookReceiver['requests'][number]): Record<string, any> {
  return new Webhook(secret).verify(req.body, {
    'webhook-id': String(req.headers['webhook-id']),
    'webhook-timestamp': String(req.headers['webhook-timestamp']),
    'webhook-signature': String(req.headers['webhook-signature']),
  }) as Record<string, any>;
}

/** Every form control has a label, every button a name (checked in the page itself). */
async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href]'))) {
      if (el.closest('[hidden]')) continue;
      const labelled =
        ('labels' in el && (el as HTMLInputElement).labels && (el as HTMLInputElement).labels!.length > 0) ||
        el.getAttribute('aria-label') ||
        el.getAttribute('aria-labelledby') ||
        ((el.tagName === 'BUTTON' || el.tagName === 'A') && (el.textContent ?? '').trim() !== '');
      if (!labelled) bad.push(el.outerHTML.slice(0, 120));
    }
    return bad;
  });
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('settings page: Settings → Webhooks in a real browser', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let client: IngestClient;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const receiver = new WebhookReceiver();
  const wabaId = '270000000000007';
  const foreignRequests: string[] = [];
  let apiKey: string;
  let workspaceId: string;
  let secret: string;
  let webhookId: string;

  beforeAll(async () => {
    env = await createTestEnvironment({ RETRY_SCHEDULE: '1s,1s' });
    ingest = await AppProcess.start('ingest', env.env); // creates and migrates the database first
    dispatcher = await AppProcess.start('dispatcher', env.env);
    client = new IngestClient(ingest.baseUrl);
    await receiver.start();
    const workspace = await client.createWorkspace('Settings page workspace');
    await client.linkWaba(workspace.id, wabaId);
    apiKey = workspace.api_key;
    workspaceId = workspace.id;

    mkdirSync(SCREENSHOTS, { recursive: true });
    userDataDir = mkdtempSync(path.join(tmpdir(), 'settings-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: DESKTOP,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(ingest.baseUrl) && !url.startsWith('data:')) foreignRequests.push(url);
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await dispatcher?.stop();
    await ingest?.stop();
    await receiver.stop();
    await env?.cleanup();
  });

  it('serves the page and its hashed assets with content types and cache headers', async () => {
    const index = await fetch(`${ingest.baseUrl}/settings/webhooks`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await index.text();
    const script = /src="(\/settings\/assets\/app-[A-Z0-9]+\.js)"/.exec(html)?.[1];
    const style = /href="(\/settings\/assets\/styles-[A-Z0-9]+\.css)"/.exec(html)?.[1];
    expect(script && style).toBeTruthy();
    const js = await fetch(ingest.baseUrl + script);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const css = await fetch(ingest.baseUrl + style);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await http('GET', `${ingest.baseUrl}/settings/assets/..%2Findex.html`)).status).toBe(404);
  });

  it('asks for the API key, refuses a wrong one beside the field, then shows the workspace and the empty state', async () => {
    await page.goto(`${ingest.baseUrl}/settings/webhooks`);
    const keyInput = page.getByLabel('API key');
    await expect(keyInput.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await keyInput.fill('wk_not-a-real-key');
    await page.keyboard.press('Enter');
    await page.getByText('This API key was not accepted').waitFor();
    expect(await keyInput.getAttribute('aria-invalid')).toBe('true');

    await keyInput.fill(apiKey);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'No webhooks yet' }).waitFor();
    await page.locator('#session').getByText(workspaceId).waitFor();
    await expect(page.locator('#session').innerText()).resolves.toContain('Settings page workspace');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
    await page.getByRole('link', { name: 'Create your first webhook' }).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
  });

  it('New webhook: validates like the API and shows server errors beside the field they concern', async () => {
    await page.getByRole('link', { name: 'New webhook' }).click();
    await page.getByRole('heading', { name: 'New webhook' }).waitFor();
    for (const group of ['Messages', 'Templates', 'Phone number', 'Account', 'Ads', 'Operational']) {
      await page.getByRole('group', { name: group, exact: true }).waitFor();
    }
    const description = await page.getByLabel('template.status_updated', { exact: true }).getAttribute('aria-describedby');
    expect(await page.locator(`#${description}`).innerText()).toMatch(/template/i);
    expect(await unlabelledControls(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save webhook' }).click();
    const url = page.getByLabel('Endpoint URL');
    await page.getByText('Enter the endpoint URL').waitFor();
    await page.getByText('Choose at least one event').waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');

    await url.fill('http://crm.example.com/hooks');
    await page.getByRole('button', { name: 'Save webhook' }).click();
    await page.getByText('Use https://').waitFor();

    // A stale catalog: the browser sends a type the server no longer knows; the API's 400 lands beside Events.
    await url.fill(receiver.url);
    await page.getByLabel('account.updated', { exact: true }).check();
    await page.route('**/v1/webhooks', (route) =>
      route.request().method() === 'POST'
        ? route.continue({ postData: JSON.stringify({ ...route.request().postDataJSON(), events: ['template.retired_type'] }) })
        : route.continue(),
    );
    await page.getByRole('button', { name: 'Save webhook' }).click();
    const eventsError = page.locator('fieldset.events + .field-error');
    await eventsError.getByText('unknown event type "template.retired_type"').waitFor();
    await page.unroute('**/v1/webhooks');
    expect((await client.api<{ data: unknown[] }>(apiKey, 'GET', '/v1/webhooks')).body.data).toHaveLength(0);
  });

  it('creates the webhook from the form (keyboard and mouse) and shows the secret once with a copy button and a snippet', async () => {
    await page.getByLabel('Description (optional)').fill('CRM: template reviews and account changes');
    // Tick template.status_updated with the keyboard; the focus must be visible.
    const templateBox = page.getByLabel('template.status_updated', { exact: true });
    await page.getByLabel('template.status_updated', { exact: true }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await templateBox.isChecked()).toBe(true);
    expect(await templateBox.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    expect(await page.getByLabel('account.updated', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Select all Templates events').evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-form.png'), fullPage: true });

    await page.getByRole('button', { name: 'Save webhook' }).click();
    await page.getByRole('heading', { name: 'Webhook created' }).waitFor();
    secret = await page.getByRole('textbox', { name: 'Signing secret' }).inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32,}$/);
    await page.getByRole('button', { name: 'Copy secret' }).waitFor();
    await expect(page.locator('pre.code').innerText()).resolves.toContain('new Webhook(process.env.WEBHOOK_SECRET)');

    const [created] = (await client.api<{ data: { id: string; url: string; events: string[]; description: string }[] }>(apiKey, 'GET', '/v1/webhooks')).body
      .data;
    expect(created.url).toBe(receiver.url);
    expect(created.events.sort()).toEqual(['account.updated', 'template.status_updated']);
    expect(created.description).toBe('CRM: template reviews and account changes');
    webhookId = created.id;
  });

  it('lists the webhook with its URL, description, events and status', async () => {
    await page.getByRole('link', { name: 'Done' }).click();
    const card = page.locator(`li[data-webhook-id="${webhookId}"]`);
    await card.waitFor();
    await card.getByRole('link', { name: receiver.url }).waitFor();
    const text = await card.innerText();
    expect(text).toContain('CRM: template reviews and account changes');
    expect(text).toContain('template.status_updated');
    expect(text).toContain('account.updated');
    expect(text).toContain('Enabled');
  });

  it('a signed Meta template-PAUSED POST reaches the receiver and shows up in the delivery log', async () => {
    const res = await client.postMeta(withWabaId(loadMetaFixture('template-status-paused.json'), wabaId));
    expect(res.status).toBe(200);
    await receiver.waitFor(1);
    const event = verify(secret, receiver.requests[0]);
    expect(event.type).toBe('template.status_updated');
    expect(event.data.status).toBe('PAUSED');

    // A second endpoint, disabled, so the list shows both states; then the screenshot.
    const other = await client.createWebhook(apiKey, {
      url: 'https://bi.example.com/ingest/whatsapp',
      events: ['message.*'],
      description: 'BI export',
      enabled: false,
    });
    expect(other.id).toBeTruthy();
    await page.reload();
    await page.locator(`li[data-webhook-id="${other.id}"]`).getByText('Disabled', { exact: true }).waitFor();
    expect(await page.locator(`li[data-webhook-id="${other.id}"]`).innerText()).toContain('Disabled through the API');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-list.png'), fullPage: true });

    await page.getByRole('link', { name: receiver.url }).click();
    await page.getByRole('heading', { name: 'Delivery log' }).waitFor();
    const delivery = page.locator('li.delivery').filter({ hasText: 'template.status_updated' });
    for (let i = 0; i < 20 && !(await delivery.filter({ hasText: 'Delivered' }).count()); i++) {
      await page.waitForTimeout(250);
      await page.getByRole('button', { name: 'Refresh' }).click();
    }
    await delivery.filter({ hasText: 'Delivered' }).waitFor();
    expect(await delivery.innerText()).toContain(String(receiver.requests[0].headers['webhook-id']));
    await delivery.getByText('Attempt details (1)').click();
    await delivery.getByText('HTTP 200').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
  });

  it('resends a delivery with the same webhook-id and sends a test event of a chosen type', async () => {
    const firstId = receiver.requests[0].headers['webhook-id'];
    await page
      .locator('li.delivery')
      .filter({ hasText: 'template.status_updated' })
      .getByRole('button', { name: /^Resend template.status_updated/ })
      .click();
    await receiver.waitFor(2);
    expect(receiver.requests[1].headers['webhook-id']).toBe(firstId);
    expect(verify(secret, receiver.requests[1]).type).toBe('template.status_updated');

    await page.getByLabel('Event type').selectOption('account.updated');
    await page.getByRole('button', { name: 'Send test event' }).click();
    await page.locator('.test-result').getByText('Delivered').waitFor();
    expect(await page.locator('.test-result').innerText()).toContain('HTTP 200');
    await receiver.waitFor(3);
    expect(verify(secret, receiver.requests[2]).type).toBe('account.updated');
  });

  it('edits the events and the routing follows', async () => {
    const settings = page.getByRole('region', { name: 'Settings' });
    await settings.getByLabel('account.updated', { exact: true }).uncheck();
    await settings.getByLabel('message.received', { exact: true }).check();
    await settings.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    const updated = await client.api<{ events: string[] }>(apiKey, 'GET', `/v1/webhooks/${webhookId}`);
    expect(updated.body.events.sort()).toEqual(['message.received', 'template.status_updated']);

    const before = receiver.requests.length;
    await client.postMeta(withWabaId(loadMetaFixture('messages-text.json'), wabaId));
    await receiver.waitFor(before + 1);
    expect(verify(secret, receiver.requests[before]).type).toBe('message.received');
  });

  it('rotates the secret after confirmation', async () => {
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rotate the signing secret?' });
    await dialog.getByRole('button', { name: 'Rotate secret' }).click();
    await page.getByRole('heading', { name: 'New signing secret' }).waitFor();
    const rotated = await page.getByRole('textbox', { name: 'Signing secret' }).inputValue();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
  });

  it('shows custom headers, a sensitive value only as hidden', async () => {
    const patched = await client.api(apiKey, 'PATCH', `/v1/webhooks/${webhookId}`, {
      headers: { 'X-Team': 'crm-sync', Authorization: { value: 'Bearer never-shown-9f2a', sensitive: true } },
    });
    expect(patched.status).toBe(200);
    await page.reload();
    const panel = page.getByRole('region', { name: 'Custom headers' });
    await panel.getByRole('rowheader', { name: 'Authorization' }).waitFor();
    const text = await panel.innerText();
    expect(text).toContain('crm-sync');
    expect(text).toContain('sensitive, hidden');
    expect(await page.content()).not.toContain('never-shown-9f2a');
  });

  it('shows how deliveries are signed and shaped', async () => {
    const patched = await client.api(apiKey, 'PATCH', `/v1/webhooks/${webhookId}`, { payload: 'thin', redact: ['phone_numbers', 'contact_names'] });
    expect(patched.status).toBe(200);
    await page.reload();
    const panel = page.getByRole('region', { name: 'Signature and payload' });
    await panel.getByRole('rowheader', { name: 'Payload' }).waitFor();
    const text = await panel.innerText();
    expect(text).toContain('HMAC-SHA256 (v1)');
    expect(text).toContain('Thin: the envelope only');
    expect(text).toContain('Phone numbers and BSUIDs (hashed)');
    expect(text).toContain('Contact names and usernames (hashed)');
    expect(text).not.toContain('Message content');
  });

  it('is usable at 390 px without horizontal overflow', async () => {
    await page.setViewportSize(PHONE);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.goto(`${ingest.baseUrl}/settings/webhooks#/webhooks/new`);
    await page.getByLabel('Endpoint URL').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.goto(`${ingest.baseUrl}/settings/webhooks#/webhooks`);
    await page.getByRole('link', { name: receiver.url }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize(DESKTOP);
  });

  it('deletes the webhook after confirmation, and nothing left the origin', async () => {
    await page.getByRole('link', { name: receiver.url }).click();
    await page.getByRole('button', { name: 'Delete webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this webhook?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await client.api(apiKey, 'GET', `/v1/webhooks/${webhookId}`)).status).toBe(200);

    await page.getByRole('button', { name: 'Delete webhook' }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('heading', { name: 'Webhooks', exact: true }).waitFor();
    await page.getByRole('link', { name: 'https://bi.example.com/ingest/whatsapp' }).waitFor();
    expect(await page.getByRole('link', { name: receiver.url }).count()).toBe(0);
    expect((await client.api(apiKey, 'GET', `/v1/webhooks/${webhookId}`)).status).toBe(404);
    expect(foreignRequests).toEqual([]);

    await page.getByRole('button', { name: 'Forget key' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('/docs renders Swagger UI under its Content-Security-Policy, loading nothing from elsewhere', async () => {
    const violations: string[] = [];
    const onConsole = (msg: { text(): string }) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    };
    page.on('console', onConsole);
    foreignRequests.length = 0;
    const res = await page.goto(`${ingest.baseUrl}/docs`);
    expect(res?.headers()['content-security-policy']).toContain("default-src 'none'");
    await page.locator('.swagger-ui .info').getByText('WhatsApp webhooks').waitFor();
    await page.locator('.opblock-tag', { hasText: 'Webhooks' }).first().waitFor();
    page.off('console', onConsole);
    expect(violations).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
