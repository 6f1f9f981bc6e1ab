import { http, IngestClient, loadMetaFixture, metaSignature } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { ADMIN_TOKEN, createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';
import { eventually, sleep } from './support/wait';

type Json = Record<string, any>;

const WABA = '330000000000001';
const PORTFOLIO = '506914307656634';
const UNLINKED_PORTFOLIO = '506914307650000';
const PHONE_ID = '117263540981001';
const OTHER_PHONE_ID = '117263540989999';
/** The display number of PHONE_ID as messages webhooks send it (metadata.display_phone_number). */
const DISPLAY = '15550100001';

const admin = { 'x-admin-token': ADMIN_TOKEN };

/** A messages change value with the metadata of PHONE_ID. */
function messagesValue(extra: Json): Json {
  return { messaging_product: 'whatsapp', metadata: { display_phone_number: DISPLAY, phone_number_id: PHONE_ID }, ...extra };
}

function textMessage(id: string, body: string): Json {
  return { from: '16505550123', id, timestamp: '1778486411', type: 'text', text: { body } };
}

describe('ingest: nothing Meta sends is lost or hidden', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let client: IngestClient;
  let workspace: { id: string; api_key: string };
  const all = new WebhookReceiver();
  const byPhone = new WebhookReceiver();
  const byOtherPhone = new WebhookReceiver();

  const unhandled = async (reason?: string) =>
    (await http<{ data: Json[] }>('GET', `${ingest.baseUrl}/admin/v1/unhandled-changes?limit=200${reason ? `&reason=${reason}` : ''}`, { headers: admin })).body
      .data;
  const delivered = (r: WebhookReceiver, type: string): Json[] => r.eventsOfType(type).map((q) => q.json as Json);
  const count = async (sql: string) => (await query<{ n: number }>(env.databaseUrl, sql))[0].n;

  beforeAll(async () => {
    env = await createTestEnvironment({ RECONCILE_INTERVAL: '500ms' });
    ingest = await AppProcess.start('ingest', env.env);
    dispatcher = await AppProcess.start('dispatcher', env.env);
    client = new IngestClient(ingest.baseUrl);
    await Promise.all([all.start(), byPhone.start(), byOtherPhone.start()]);
    workspace = await client.createWorkspace('nothing lost');
    await client.linkWaba(workspace.id, WABA);
    await client.createWebhook(workspace.api_key, { url: all.url, events: ['*'] });
    await client.createWebhook(workspace.api_key, { url: byPhone.url, events: ['phone_number.*'], filter: { phone_number_ids: [PHONE_ID] } });
    await client.createWebhook(workspace.api_key, { url: byOtherPhone.url, events: ['phone_number.*'], filter: { phone_number_ids: [OTHER_PHONE_ID] } });
  });

  afterAll(async () => {
    await dispatcher?.stop();
    await ingest?.stop();
    await Promise.all([all.stop(), byPhone.stop(), byOtherPhone.stop()]);
    await env?.cleanup();
  });

  describe('business portfolio links (admin API)', () => {
    const url = (ws: string, id = '') => `${ingest.baseUrl}/admin/v1/workspaces/${ws}/business-portfolios${id ? `/${id}` : ''}`;

    it('links a portfolio once per workspace (idempotent), 409 for another workspace, lists and unlinks it', async () => {
      const created = await http('POST', url(workspace.id), { headers: admin, body: { business_id: PORTFOLIO } });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ business_id: PORTFOLIO, workspace_id: workspace.id, created_at: expect.any(String) });
      expect((await http('POST', url(workspace.id), { headers: admin, body: { business_id: PORTFOLIO } })).status).toBe(201);

      const other = await client.createWorkspace('other');
      const conflict = await http('POST', url(other.id), { headers: admin, body: { business_id: PORTFOLIO } });
      expect(conflict.status).toBe(409);
      expect(conflict.body).toMatchObject({ code: 'conflict', details: [{ field: 'business_id' }] });
      expect((await http('POST', url(other.id), { headers: admin, body: { business_id: 'abc' } })).status).toBe(400);
      expect((await http('POST', url(other.id), { body: { business_id: PORTFOLIO } })).status).toBe(401);

      const list = await http<Json[]>('GET', url(workspace.id), { headers: admin });
      expect(list.body.map((p) => p.business_id)).toEqual([PORTFOLIO]);
      expect((await http('DELETE', url(other.id, PORTFOLIO), { headers: admin })).status).toBe(404);
      expect((await http('DELETE', url(workspace.id, PORTFOLIO), { headers: admin })).status).toBe(204);
      expect((await http<Json[]>('GET', url(workspace.id), { headers: admin })).body).toEqual([]);
      expect((await http('POST', url(workspace.id), { headers: admin, body: { business_id: PORTFOLIO } })).status).toBe(201);
    });

    it('sets and lists the phone numbers of a WABA with its link', async () => {
      const other = await client.createWorkspace('numbers');
      const res = await http<Json>('POST', `${ingest.baseUrl}/admin/v1/workspaces/${other.id}/whatsapp-accounts`, {
        headers: admin,
        body: { waba_id: '330000000000009', phone_numbers: [{ phone_number_id: '117263540980009', display_phone_number: '+1 555-010-0009' }] },
      });
      expect(res.status).toBe(201);
      expect(res.body.phone_numbers).toEqual([{ phone_number_id: '117263540980009', display_phone_number: '15550100009', updated_at: expect.any(String) }]);
      const list = await http<Json[]>('GET', `${ingest.baseUrl}/admin/v1/workspaces/${other.id}/whatsapp-accounts`, { headers: admin });
      expect(list.body[0].phone_numbers).toEqual(res.body.phone_numbers);
      const bad = await http('POST', `${ingest.baseUrl}/admin/v1/workspaces/${other.id}/whatsapp-accounts`, {
        headers: admin,
        body: { waba_id: '330000000000009', phone_numbers: [{ phone_number_id: 'x', display_phone_number: 'none' }] },
      });
      expect(bad.status).toBe(400);
    });
  });

  it('(a) a mixed batch: every good item is delivered, each bad item is listed as unhandled, the BSUID-only message is delivered', async () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: WABA,
          changes: [
            {
              field: 'messages',
              value: messagesValue({
                contacts: [{ profile: { name: 'Ana Torres' }, wa_id: '16505550123' }],
                messages: [
                  textMessage('wamid.mixed-good-1', 'first'),
                  'not a message object',
                  textMessage('wamid.mixed-good-2', 'second'),
                  { from_user_id: 'US.13491208655302741918', id: 'wamid.mixed-bsuid', timestamp: '1778486412', type: 'text', text: { body: 'no phone' } },
                ],
              }),
            },
            {
              field: 'messages',
              value: messagesValue({
                statuses: [
                  { id: 'wamid.mixed-status-1', status: 'delivered', timestamp: '1778488404', recipient_id: '16505550123' },
                  { status: 'read', timestamp: '1778488405', recipient_id: '16505550123' },
                ],
              }),
            },
          ],
        },
        { id: WABA, time: 1778490400, changes: (loadMetaFixture('template-status-approved.json') as Json).entry[0].changes },
        { id: WABA, time: 1778490401, changes: (loadMetaFixture('phone-number-name-update-approved.json') as Json).entry[0].changes },
      ],
    };
    const res = await client.postMeta(body);
    expect(res.status).toBe(200);

    await eventually(
      async () => all.requests.length,
      () =>
        delivered(all, 'message.received').length >= 3 &&
        delivered(all, 'message.status_updated').length >= 1 &&
        delivered(all, 'template.status_updated').length >= 1 &&
        delivered(all, 'phone_number.name_updated').length >= 1,
      20_000,
    );
    const receivedIds = delivered(all, 'message.received').map((e) => e.data.message_id);
    expect(receivedIds.sort()).toEqual(['wamid.mixed-bsuid', 'wamid.mixed-good-1', 'wamid.mixed-good-2']);
    expect(delivered(all, 'message.status_updated').map((e) => e.data.message_id)).toEqual(['wamid.mixed-status-1']);

    const items = await unhandled('unreadable_item');
    const paths = items.map((u) => u.path);
    expect(paths).toEqual(expect.arrayContaining(['messages[1]', 'statuses[1]']));
    const notObject = items.find((u) => u.path === 'messages[1]')!;
    expect(notObject).toMatchObject({ waba_id: WABA, field: 'messages', value: 'not a message object', error: expect.any(String) });
    expect(items.find((u) => u.path === 'statuses[1]')).toMatchObject({ value: { status: 'read', timestamp: '1778488405', recipient_id: '16505550123' } });

    // The no-phone (BSUID) message is a message like any other: delivered with the sender's BSUID.
    expect(paths).not.toContain('messages[3]');
    expect(delivered(all, 'message.received').find((e) => e.data.message_id === 'wamid.mixed-bsuid')).toMatchObject({
      data: { user: { user_id: 'US.13491208655302741918' }, text: { body: 'no phone' } },
    });

    // Each unreadable item also reaches the `*` endpoint as meta.unmapped_change.
    const unmapped = await eventually(
      async () => delivered(all, 'meta.unmapped_change'),
      (list) => list.length >= items.length,
    );
    expect(unmapped.map((e) => e.data.path).sort()).toEqual([...paths].sort());
    expect(unmapped.find((e) => e.data.path === 'messages[1]')).toMatchObject({
      waba_id: WABA,
      data: { field: 'messages', reason: 'unreadable', path: 'messages[1]', entry_id: WABA, value: 'not a message object', message: expect.any(String) },
    });
  });

  it('(b) partner events: PARTNER_ADDED routed by waba_info.waba_id; partner_solutions by the portfolio link, or kept when unlinked', async () => {
    const partnerAdded = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: UNLINKED_PORTFOLIO,
          time: 1778494700,
          changes: [
            {
              field: 'account_update',
              value: { event: 'PARTNER_ADDED', waba_info: { waba_id: WABA, owner_business_id: UNLINKED_PORTFOLIO, partner_app_id: '1230000000000' } },
            },
          ],
        },
      ],
    };
    const solutions = (entryId: string, solutionId: string) => ({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: entryId,
          time: 1778494800,
          changes: [{ field: 'partner_solutions', value: { event: 'SOLUTION_CREATED', solution_id: solutionId, solution_status: 'INITIATED' } }],
        },
      ],
    });
    for (const body of [partnerAdded, solutions(PORTFOLIO, '1220406039151413'), solutions(UNLINKED_PORTFOLIO, '1220406039159999')]) {
      expect((await client.postMeta(body)).status).toBe(200);
    }

    const [added] = await eventually(
      async () => delivered(all, 'account.updated'),
      (l) => l.length >= 1,
      20_000,
    );
    expect(added).toMatchObject({ workspace_id: workspace.id, waba_id: WABA, data: { event: 'PARTNER_ADDED' } });
    const solution = await eventually(
      async () => delivered(all, 'partner_solution.updated'),
      (l) => l.length >= 1,
    );
    expect(solution).toHaveLength(1);
    expect(solution[0]).toMatchObject({ workspace_id: workspace.id, waba_id: null, data: { solution_id: '1220406039151413' } });

    const kept = await unhandled('unknown_business');
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ waba_id: UNLINKED_PORTFOLIO, field: 'partner_solutions', value: { solution_id: '1220406039159999' } });
    await sleep(1000);
    expect(delivered(all, 'partner_solution.updated')).toHaveLength(1);
  });

  it('(c) a phone_number_quality_update reaches the endpoint filtered by the number learnt from messages, not one filtered by another number', async () => {
    // The display number as the phone_number_* fields spell it may differ in punctuation.
    const quality = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: WABA,
          time: 1778492700,
          changes: [
            {
              field: 'phone_number_quality_update',
              value: { display_phone_number: '+1 555-010-0001', event: 'THROUGHPUT_UPGRADE', current_limit: 'TIER_10K' },
            },
          ],
        },
      ],
    };
    expect((await client.postMeta(quality)).status).toBe(200);
    const [event] = await eventually(
      async () => delivered(byPhone, 'phone_number.quality_updated'),
      (l) => l.length >= 1,
      20_000,
    );
    expect(event).toMatchObject({ waba_id: WABA, phone_number_id: PHONE_ID, data: { event: 'THROUGHPUT_UPGRADE' } });
    const [{ n: directory }] = await query<{ n: number }>(
      env.databaseUrl,
      `SELECT count(*)::int AS n FROM phone_numbers WHERE phone_number_id = '${PHONE_ID}' AND waba_id = '${WABA}' AND display_phone_number = '${DISPLAY}'`,
    );
    expect(directory).toBe(1);
    await sleep(1500);
    expect(byOtherPhone.requests).toHaveLength(0);
  });

  it('(e) an unknown field reaches the * endpoint as meta.unmapped_change', async () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [{ id: WABA, time: 1778495200, changes: [{ field: 'some_future_field', value: { hello: 'meta' } }] }],
    };
    expect((await client.postMeta(body)).status).toBe(200);
    const found = await eventually(
      async () => delivered(all, 'meta.unmapped_change').filter((e) => e.data.field === 'some_future_field'),
      (l) => l.length >= 1,
      20_000,
    );
    expect(found[0]).toMatchObject({
      workspace_id: workspace.id,
      waba_id: WABA,
      data: { field: 'some_future_field', reason: 'no_translator', entry_id: WABA, value: { hello: 'meta' } },
      raw: { field: 'some_future_field', value: { hello: 'meta' } },
    });
  });

  it('(d) a body nested 10,000 levels deep is answered 200 and kept as JSON text', async () => {
    const depth = 10_000;
    const raw = `{"object":"whatsapp_business_account","entry":[{"id":"${WABA}","time":1778495000,"changes":[{"field":"messages","value":{"deep":${'['.repeat(depth)}${']'.repeat(depth)}}}]}]}`;
    const res = await client.postMeta(null, { raw });
    expect(res.status).toBe(200);
    const [row] = await unhandled('too_deep');
    expect(row).toMatchObject({ waba_id: WABA, field: 'messages', error: expect.stringContaining('deeper') });
    expect(typeof row.value).toBe('string');
    expect(row.value).toBe(`{"deep":${'['.repeat(depth)}${']'.repeat(depth)}}`);

    // Another object nested as deep is kept whole too.
    const other = await client.postMeta(null, {
      raw: `{"object":"page","entry":[{"id":"1","changes":[{"field":"feed","value":${'['.repeat(depth)}${']'.repeat(depth)}}]}]}`,
    });
    expect(other.status).toBe(200);
    expect(await unhandled('unknown_object')).toHaveLength(1);
  });

  it('(d) strings PostgreSQL refuses as they are (NUL, lone surrogate) fail neither the POST nor its good changes', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM events WHERE type = 'template.status_updated'`);
    const template = (loadMetaFixture('template-status-approved.json') as Json).entry[0].changes[0];
    template.value.message_template_id = 990000000000123;
    const body = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: WABA,
          time: 1778495050,
          changes: [template, { field: 'odd\u0000field', value: { text: 'nul \u0000 and lone \ud800 surrogate' } }],
        },
        { id: '33000\u00000000002', time: 1778495050, changes: [{ field: 'messages', value: { text: 'a\u0000b' } }] },
      ],
    };
    const res = await client.postMeta(body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ events: 2, unhandled: 2 });
    expect(await count(`SELECT count(*)::int AS n FROM events WHERE type = 'template.status_updated'`)).toBe(before + 1);
    const [odd] = await unhandled('unknown_field');
    expect(odd).toMatchObject({ field: 'oddfield', waba_id: WABA });
    expect(JSON.parse(odd.value)).toEqual({ text: 'nul \u0000 and lone \ud800 surrogate' });
    const [unknownWaba] = await unhandled('unknown_waba');
    expect(unknownWaba).toMatchObject({ waba_id: '330000000002', field: 'messages' });
  });

  it('(d) a POST of 10,000 unknown-field changes is answered 200 in time and every change is stored', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM unhandled_changes WHERE reason = 'unknown_field'`);
    const changes = Array.from({ length: 10_000 }, (_, i) => ({ field: `future_field_${i % 7}`, value: { n: i } }));
    const raw = JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: WABA, time: 1778495100, changes }] });
    const started = Date.now();
    const res = await http('POST', `${ingest.baseUrl}/meta/webhook`, {
      raw,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(raw) },
    });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(res.body).toEqual({ events: 10_000, duplicates: 0, unhandled: 10_000 });
    expect(await count(`SELECT count(*)::int AS n FROM unhandled_changes WHERE reason = 'unknown_field'`)).toBe(before + 10_000);
    // As text: json operators would refuse the stored envelope carrying a NUL escape (test above).
    const unmapped = `SELECT count(*)::int AS n FROM events WHERE type = 'meta.unmapped_change' AND envelope::text LIKE '%"field":"future_field_%'`;
    expect(await count(unmapped)).toBe(10_000);
  }, 60_000);

  it('shows the new reasons in /metrics', async () => {
    const text = await (await fetch(`${ingest.baseUrl}/metrics`)).text();
    expect(text).toContain('ingest_unhandled_changes_total{reason="too_deep"} 1');
    expect(text).toContain('ingest_unhandled_changes_total{reason="unknown_business"} 1');
    expect(text).toMatch(/ingest_unhandled_changes_total\{reason="unreadable_item"\} [1-9]/);
    expect(text).toMatch(/ingest_events_total\{type="meta.unmapped_change"\} \d+/);
  });
});
