import { IngestClient, loadMetaFixture } from './support/api-client';
import { AmqpTap } from './support/amqp-tap';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';

const WABA_A = '103850127645201';
const WABA_B = '103850127645202';

/** The mixed batch fixture plus messages, a status and an automatic event in the same POST. */
function bigMixedBatch(): Record<string, any> {
  const body = loadMetaFixture('batch-mixed-fields.json') as Record<string, any>;
  for (const name of ['messages-text.json', 'messages-image.json', 'statuses-read.json', 'automatic-events-purchase.json']) {
    body.entry.push(...(loadMetaFixture(name) as Record<string, any>).entry);
  }
  return body;
}

describe('ingest: a batched Meta POST fans out to one event per thing, exactly once', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let client: IngestClient;
  let tap: AmqpTap;
  let workspaceA: string;
  let workspaceB: string;

  beforeAll(async () => {
    env = await createTestEnvironment({ OUTBOX_RELAY_AFTER: '2s' });
    ingest = await AppProcess.start('ingest', env.env);
    client = new IngestClient(ingest.baseUrl);
    tap = await new AmqpTap(env.amqpUrl).start();
    workspaceA = (await client.createWorkspace('A')).id;
    workspaceB = (await client.createWorkspace('B')).id;
    await client.linkWaba(workspaceA, WABA_A);
    await client.linkWaba(workspaceB, WABA_B);
  });

  afterAll(async () => {
    await tap?.stop();
    await ingest?.stop();
    await env?.cleanup();
  });

  it('stores and publishes every event of a mixed batch under the right workspace and type', async () => {
    const res = await client.postMeta(bigMixedBatch());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ events: 7, duplicates: 0, unhandled: 0 });

    const rows = await query<{ workspace_id: string; type: string; n: number }>(
      env.databaseUrl,
      'SELECT workspace_id, type, count(*)::int AS n FROM events GROUP BY 1, 2 ORDER BY 2',
    );
    expect(rows).toEqual([
      { workspace_id: workspaceA, type: 'ctwa.automatic_event', n: 1 },
      { workspace_id: workspaceA, type: 'message.received', n: 2 },
      { workspace_id: workspaceA, type: 'message.status_updated', n: 1 },
      { workspace_id: workspaceB, type: 'phone_number.quality_updated', n: 1 },
      { workspace_id: workspaceA, type: 'template.quality_updated', n: 1 },
      { workspace_id: workspaceA, type: 'template.status_updated', n: 1 },
    ]);

    await tap.waitFor(7);
    const ids = await query<{ id: string }>(env.databaseUrl, 'SELECT id FROM events ORDER BY id');
    expect(tap.messages.map((m) => m.messageId).sort()).toEqual(ids.map((r) => r.id));
    for (const m of tap.messages) {
      expect(m.routingKey).toBe(`${m.json.workspace_id}.${m.json.type}`);
      expect(m.json.id).toBe(m.messageId);
    }
    const template = tap.messages.find((m) => m.json.type === 'template.status_updated')!.json;
    expect(template).toMatchObject({ workspace_id: workspaceA, waba_id: WABA_A, raw: { field: 'message_template_status_update' } });
    expect(template.data).toMatchObject({ template_name: 'appointment_reminder', status: 'APPROVED' });
  });

  it('marks confirmed events published', async () => {
    const deadline = Date.now() + 5000;
    let unpublished = -1;
    while (Date.now() < deadline) {
      [{ n: unpublished }] = await query<{ n: number }>(env.databaseUrl, 'SELECT count(*)::int AS n FROM events WHERE published_at IS NULL');
      if (unpublished === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(unpublished).toBe(0);
  });

  it('answers a resent POST with duplicates only: no second event, no second publish, even after the relay period', async () => {
    const before = tap.messages.length;
    const res = await client.postMeta(bigMixedBatch());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ events: 0, duplicates: 7, unhandled: 0 });
    await new Promise((r) => setTimeout(r, 3000)); // longer than OUTBOX_RELAY_AFTER
    expect(tap.messages.length).toBe(before);
    const [{ n }] = await query<{ n: number }>(env.databaseUrl, 'SELECT count(*)::int AS n FROM events');
    expect(n).toBe(7);
  });

  it('stores and publishes once when Meta sends the same new POST several times at once', async () => {
    const before = tap.messages.length;
    const body = loadMetaFixture('statuses-delivered.json') as Record<string, any>;
    const results = await Promise.all(Array.from({ length: 6 }, () => client.postMeta(body)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(results.reduce((n, r) => n + Number(r.body.events), 0)).toBe(1);
    expect(results.reduce((n, r) => n + Number(r.body.duplicates), 0)).toBe(5);
    await tap.waitFor(before + 1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(tap.messages.length).toBe(before + 1);
    expect(tap.messages[before].json.type).toBe('message.status_updated');
  });

  it('counts requests, events by type and duplicates in /metrics', async () => {
    const text = await (await fetch(`${ingest.baseUrl}/metrics`)).text();
    expect(text).toMatch(/ingest_meta_requests_total\{outcome="accepted"\} 8/);
    expect(text).toMatch(/ingest_events_total\{type="message.received"\} 2/);
    expect(text).toMatch(/ingest_duplicate_events_total 12/);
    expect(text).toMatch(/ingest_publish_duration_seconds_count\{path="direct"\} 8/);
    expect(text).toMatch(/ingest_outbox_backlog \d+/);
  });
});
