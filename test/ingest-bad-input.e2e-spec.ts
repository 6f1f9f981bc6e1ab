import { http, IngestClient, loadMetaFixture, metaSignature, withWabaId } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { ADMIN_TOKEN, createTestEnvironment, META_VERIFY_TOKEN, TestEnvironment } from './support/test-environment';

const WABA = '220000000000001';
const BODY_LIMIT = 65536;

describe('ingest: bad input gets a clear answer; what cannot be translated is kept, listed and answered 200', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let client: IngestClient;

  const countEvents = async () => (await query<{ n: number }>(env.databaseUrl, 'SELECT count(*)::int AS n FROM events'))[0].n;
  const countUnhandled = async () => (await query<{ n: number }>(env.databaseUrl, 'SELECT count(*)::int AS n FROM unhandled_changes'))[0].n;
  const listUnhandled = (qs = '') =>
    http<{ data: Record<string, any>[]; next_cursor: string | null }>('GET', `${ingest.baseUrl}/admin/v1/unhandled-changes${qs}`, {
      headers: { 'x-admin-token': ADMIN_TOKEN },
    });

  beforeAll(async () => {
    env = await createTestEnvironment({ META_BODY_LIMIT_BYTES: String(BODY_LIMIT) });
    ingest = await AppProcess.start('ingest', env.env);
    client = new IngestClient(ingest.baseUrl);
    const ws = await client.createWorkspace();
    await client.linkWaba(ws.id, WABA);
  });

  afterAll(async () => {
    await ingest?.stop();
    await env?.cleanup();
  });

  describe('bad input', () => {
    it('401 invalid_signature for a missing or wrong signature, and nothing stored', async () => {
      const body = withWabaId(loadMetaFixture('messages-text.json'), WABA);
      const wrong = await client.postMeta(body, { signature: metaSignature(JSON.stringify(body), 'another-secret') });
      expect(wrong.status).toBe(401);
      expect(wrong.body).toEqual({ status: 401, code: 'invalid_signature', message: expect.any(String), details: [] });
      const missing = await http('POST', `${ingest.baseUrl}/meta/webhook`, { raw: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
      expect(missing.status).toBe(401);
      expect(missing.body).toMatchObject({ code: 'invalid_signature' });
      expect(await countEvents()).toBe(0);
      expect(await countUnhandled()).toBe(0);
    });

    it('400 invalid_json for a body that is not JSON (correctly signed)', async () => {
      const raw = '{"object":"whatsapp_business_account","entry":[';
      const res = await client.postMeta(null, { raw });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ status: 400, code: 'invalid_json', message: 'request body is not valid JSON', details: [] });
    });

    it('400 validation_failed for JSON that is not a Meta webhook body', async () => {
      const res = await client.postMeta({ entry: 'nope' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ status: 400, code: 'validation_failed' });
    });

    it('413 payload_too_large above META_BODY_LIMIT_BYTES, in the one error shape', async () => {
      const body = withWabaId(loadMetaFixture('messages-text.json'), WABA) as Record<string, any>;
      body.entry[0].changes[0].value.messages[0].text.body = 'x'.repeat(BODY_LIMIT);
      const res = await client.postMeta(body);
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ status: 413, code: 'payload_too_large', message: expect.any(String), details: [] });
      expect(await countEvents()).toBe(0);
    });

    it('handshake: 200 echoing hub.challenge as text with the right token, 403 with a wrong one', async () => {
      const ok = await http('GET', `${ingest.baseUrl}/meta/webhook?hub.mode=subscribe&hub.verify_token=${META_VERIFY_TOKEN}&hub.challenge=1158201444`);
      expect(ok.status).toBe(200);
      expect(ok.text).toBe('1158201444');
      const wrong = await http('GET', `${ingest.baseUrl}/meta/webhook?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444`);
      expect(wrong.status).toBe(403);
      expect(wrong.body).toEqual({ status: 403, code: 'forbidden', message: expect.any(String), details: [] });
    });
  });

  describe('nothing dropped silently', () => {
    it('keeps an unknown WABA, an unknown field and an unreadable value, and still stores the good change of the same POST', async () => {
      const good = withWabaId(loadMetaFixture('template-status-approved.json'), WABA) as Record<string, any>;
      const unknownWaba = withWabaId(loadMetaFixture('messages-text.json'), '999999999999') as Record<string, any>;
      const body = {
        object: 'whatsapp_business_account',
        entry: [
          {
            id: WABA,
            time: 1778490400,
            changes: [
              { field: 'some_future_field', value: { hello: 'meta' } },
              { field: 'message_template_status_update', value: 'not an object' },
              ...good.entry[0].changes,
            ],
          },
          ...unknownWaba.entry,
        ],
      };
      const res = await client.postMeta(body);
      expect(res.status).toBe(200);
      // The good change, and a meta.unmapped_change each for the unknown field and the unreadable value.
      expect(res.body).toEqual({ events: 3, duplicates: 0, unhandled: 3 });
      expect(await countEvents()).toBe(3);
      const unmapped = await query<{ reason: string; field: string }>(
        env.databaseUrl,
        `SELECT envelope->'data'->>'reason' AS reason, envelope->'data'->>'field' AS field FROM events WHERE type = 'meta.unmapped_change' ORDER BY 2`,
      );
      expect(unmapped).toEqual([
        { reason: 'unreadable', field: 'message_template_status_update' },
        { reason: 'no_translator', field: 'some_future_field' },
      ]);

      const list = await listUnhandled();
      expect(list.status).toBe(200);
      const byReason = Object.fromEntries(list.body.data.map((u) => [u.reason, u]));
      expect(byReason.unknown_field).toMatchObject({
        waba_id: WABA,
        field: 'some_future_field',
        value: { hello: 'meta' },
        object: 'whatsapp_business_account',
      });
      expect(byReason.unreadable_value).toMatchObject({
        waba_id: WABA,
        field: 'message_template_status_update',
        value: 'not an object',
        error: expect.any(String),
      });
      expect(byReason.unknown_waba).toMatchObject({ waba_id: '999999999999', field: 'messages', value: unknownWaba.entry[0].changes[0].value });

      // Meta resending the same POST: acknowledged again, nothing stored twice.
      const stored = await countUnhandled();
      const again = await client.postMeta(body);
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ events: 0, duplicates: 3, unhandled: 3 });
      expect(await countUnhandled()).toBe(stored);
      expect(await countEvents()).toBe(3);
    });

    it('acknowledges and keeps an object other than whatsapp_business_account', async () => {
      const body = { object: 'instagram', entry: [{ id: '1', time: 1, changes: [{ field: 'comments', value: { id: 'c1' } }] }] };
      const res = await client.postMeta(body);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ events: 0, duplicates: 0, unhandled: 1 });
      const list = await listUnhandled('?reason=unknown_object');
      expect(list.body.data).toHaveLength(1);
      expect(list.body.data[0]).toMatchObject({ reason: 'unknown_object', object: 'instagram', value: body });
    });

    it('lists newest first with cursor pagination and a reason filter, behind the admin token', async () => {
      const page1 = await listUnhandled('?limit=3');
      expect(page1.body.data.map((u) => u.reason)).toEqual(['unknown_object', 'unknown_waba', 'unreadable_value']);
      expect(page1.body.next_cursor).toBe(page1.body.data[2].id);
      const page2 = await listUnhandled(`?limit=3&cursor=${page1.body.next_cursor}`);
      expect(page2.body.data.map((u) => u.reason)).toEqual(['unknown_field']);
      expect(page2.body.next_cursor).toBeNull();
      const filtered = await listUnhandled('?reason=unknown_field');
      expect(filtered.body.data.map((u) => u.field)).toEqual(['some_future_field']);
      expect((await listUnhandled('?reason=whatever')).status).toBe(400);
      const anonymous = await http('GET', `${ingest.baseUrl}/admin/v1/unhandled-changes`);
      expect(anonymous.status).toBe(401);
    });

    it('counts outcomes and unhandled changes by reason in /metrics', async () => {
      const text = await (await fetch(`${ingest.baseUrl}/metrics`)).text();
      for (const reason of ['unknown_field', 'unreadable_value', 'unknown_waba', 'unknown_object']) {
        expect(text).toContain(`ingest_unhandled_changes_total{reason="${reason}"} 1`);
      }
      expect(text).toContain('ingest_meta_requests_total{outcome="invalid_signature"} 2');
      expect(text).toContain('ingest_meta_requests_total{outcome="bad_request"} 2');
      expect(text).toContain('ingest_meta_requests_total{outcome="payload_too_large"} 1');
      // Three accepted POSTs: the mixed one, its resend, and the other object. The resend counted no unhandled change again.
      expect(text).toContain('ingest_meta_requests_total{outcome="accepted"} 3');
    });
  });
});
