import amqp from 'amqplib';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { query } from './support/db';
import { publishEnvelope } from './support/direct-publish';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';
import { eventually } from './support/wait';

const exec = promisify(execFile);
const CAP = 20;
const PARALLEL = 50;
const TYPE = 'message.received';

// Creates under the per-workspace cap, and dispatchers following endpoint changes without control messages.
describe('endpoint control plane: concurrent creates under the cap, incremental reconcile', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let client: IngestClient;
  let conn: amqp.ChannelModel;
  let ch: amqp.ConfirmChannel;
  const receiver = new WebhookReceiver();
  const copyReceiver = new WebhookReceiver();

  async function endpointQueues(): Promise<string[]> {
    const { stdout } = await exec('rabbitmqctl', ['-q', 'list_queues', '-p', env.vhost, 'name', '--no-table-headers'], { timeout: 30_000 });
    return stdout
      .split('\n')
      .map((l) => l.trim())
      .filter((n) => n.startsWith('wawh.endpoint.'));
  }

  async function storedCount(workspaceId: string): Promise<{ counted: number; rows: number }> {
    const [row] = await query<{ counted: number; rows: number }>(
      env.databaseUrl,
      `SELECT (SELECT endpoints FROM workspace_endpoint_counts WHERE workspace_id = $1) AS counted,
              (SELECT count(*)::int FROM webhook_endpoints WHERE workspace_id = $1) AS rows`,
      [workspaceId],
    );
    return row;
  }

  const consumed = () => dispatcher.metric('dispatcher_consumed_endpoints');

  const create = (apiKey: string, description = '') =>
    client.api<{ id: string; code?: string }>(apiKey, 'POST', '/v1/webhooks', { url: receiver.url, events: [TYPE], description });

  beforeAll(async () => {
    // The full pass is an hour away: within this file only control messages and incremental reads apply changes.
    env = await createTestEnvironment({ MAX_ENDPOINTS_PER_WORKSPACE: String(CAP), RECONCILE_INTERVAL: '500ms', FULL_RECONCILE_INTERVAL: '1h' });
    await receiver.start();
    await copyReceiver.start();
    ingest = await AppProcess.start('ingest', env.env);
    dispatcher = await AppProcess.start('dispatcher', env.env);
    client = new IngestClient(ingest.baseUrl);
    conn = await amqp.connect(env.amqpUrl);
    ch = await conn.createConfirmChannel();
  });

  afterAll(async () => {
    await conn?.close().catch(() => undefined);
    await dispatcher?.stop();
    await ingest?.stop();
    await receiver.stop();
    await copyReceiver.stop();
    await env?.cleanup();
  });

  it(`lets exactly ${CAP} of ${PARALLEL} parallel creates through, the others 422 limit_reached, and leaves no queue behind`, async () => {
    const ws = await client.createWorkspace('cap');
    const results = await Promise.all(Array.from({ length: PARALLEL }, () => create(ws.api_key)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(CAP);
    expect(statuses.filter((s) => s === 422)).toHaveLength(PARALLEL - CAP);
    expect(results.filter((r) => r.status === 422).every((r) => r.body.code === 'limit_reached')).toBe(true);
    expect(await storedCount(ws.id)).toEqual({ counted: CAP, rows: CAP });
    const ids = results.filter((r) => r.status === 201).map((r) => r.body.id);
    expect((await endpointQueues()).sort()).toEqual(ids.map((id) => `wawh.endpoint.${id}`).sort());

    // A delete frees a slot (the count follows deletes), and only one.
    expect((await client.api(ws.api_key, 'DELETE', `/v1/webhooks/${ids[0]}`)).status).toBe(204);
    expect((await create(ws.api_key)).status).toBe(201);
    expect((await create(ws.api_key)).status).toBe(422);
    expect(await storedCount(ws.id)).toEqual({ counted: CAP, rows: CAP });
  });

  it('undoes a create whose insert fails: no row, no count, no queue', async () => {
    const ws = await client.createWorkspace('failing insert');
    expect((await create(ws.api_key)).status).toBe(201);
    await query(
      env.databaseUrl,
      `CREATE OR REPLACE FUNCTION refuse_marked_endpoint() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN IF NEW.description = 'refuse me' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`,
    );
    await query(
      env.databaseUrl,
      `CREATE TRIGGER refuse_marked_endpoint BEFORE INSERT ON webhook_endpoints FOR EACH ROW EXECUTE FUNCTION refuse_marked_endpoint()`,
    );
    try {
      const queuesBefore = await endpointQueues();
      const refused = await create(ws.api_key, 'refuse me');
      expect(refused.status).toBe(500);
      expect(await storedCount(ws.id)).toEqual({ counted: 1, rows: 1 });
      expect(await endpointQueues()).toEqual(queuesBefore);
    } finally {
      await query(env.databaseUrl, `DROP TRIGGER refuse_marked_endpoint ON webhook_endpoints`);
    }
    expect((await create(ws.api_key)).status).toBe(201);
    expect(await storedCount(ws.id)).toEqual({ counted: 2, rows: 2 });
  });

  it('consumes an endpoint written to the database without a control message, and releases one deleted that way', async () => {
    const ws = await client.createWorkspace('no control message');
    const template = await client.createWebhook(ws.api_key, { url: receiver.url, events: [TYPE] });
    // Every endpoint of the earlier tests consumed first, so the count below moves for the copy alone.
    const [{ rows: before }] = await query<{ rows: number }>(env.databaseUrl, `SELECT count(*)::int AS rows FROM webhook_endpoints`);
    await eventually(consumed, (n) => n === before);
    // A copy of the row under a new id, its queue not declared: only the dispatcher's incremental read can find it.
    const id = randomUUID();
    await query(
      env.databaseUrl,
      `INSERT INTO webhook_endpoints (id, workspace_id, url, description, events, filter, headers, sensitive_headers, enabled, secret, payload_format, redact)
       SELECT $1, workspace_id, $3, description, events, filter, headers, sensitive_headers, enabled, secret, payload_format, redact
       FROM webhook_endpoints WHERE id = $2`,
      [id, template.id, copyReceiver.url],
    );
    await eventually(consumed, (n) => n === before + 1);

    const eventId = `evt_control_${randomUUID()}`;
    publishEnvelope(ch, { id: eventId, workspaceId: ws.id, type: TYPE });
    await ch.waitForConfirms();
    await copyReceiver.waitFor(1);
    expect(copyReceiver.requests[0].json.type).toBe(TYPE);

    await query(env.databaseUrl, `DELETE FROM webhook_endpoints WHERE id = $1`, [id]);
    await eventually(consumed, (n) => n === before);
    expect(await endpointQueues()).not.toContain(`wawh.endpoint.${id}`);
  });
});
