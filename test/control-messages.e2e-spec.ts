import amqp from 'amqplib';
import { IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';
import { sleep } from './support/wait';

const CREATES = 40;
const REPLICAS = 2;
const TYPE = 'message.received';

// Reconcile an hour away: after their start pass the replicas learn of new endpoints only from control messages.
describe('control messages: a burst of creates, announced in coalesced messages', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  const dispatchers: AppProcess[] = [];
  let conn: amqp.ChannelModel;
  const receiver = new WebhookReceiver();
  /** Endpoint ids per control message seen on the control exchange, in order. */
  const announced: string[][] = [];

  beforeAll(async () => {
    env = await createTestEnvironment({ MAX_ENDPOINTS_PER_WORKSPACE: String(CREATES + 5), RECONCILE_INTERVAL: '1h', FULL_RECONCILE_INTERVAL: '1h' });
    await receiver.start();
    ingest = await AppProcess.start('ingest', env.env);
    dispatchers.push(...(await Promise.all(Array.from({ length: REPLICAS }, () => AppProcess.start('dispatcher', env.env)))));
    // A listener of our own on the control exchange, like a replica's.
    conn = await amqp.connect(env.amqpUrl);
    const ch = await conn.createChannel();
    const { queue } = await ch.assertQueue('', { exclusive: true, autoDelete: true });
    await ch.bindQueue(queue, 'wawh.control', '');
    await ch.consume(
      queue,
      (msg) => {
        const body = JSON.parse(msg!.content.toString('utf8'));
        if (body.kind === 'endpoint.changed') announced.push([body.endpoint_id]);
        if (body.kind === 'endpoints.changed') announced.push(body.endpoint_ids);
      },
      { noAck: true },
    );
  }, 60_000);

  afterAll(async () => {
    await conn?.close().catch(() => undefined);
    await Promise.all(dispatchers.map((d) => d.stop()));
    await ingest?.stop();
    await receiver.stop();
    await env?.cleanup();
  }, 60_000);

  it('announces every created endpoint once, and the replicas consume them all without a reconcile pass', async () => {
    const client = new IngestClient(ingest.baseUrl);
    const ws = await client.createWorkspace();
    const created = await Promise.all(Array.from({ length: CREATES }, () => client.createWebhook(ws.api_key, { url: receiver.url, events: [TYPE] })));
    const ids = created.map((c) => c.id).sort();

    // Each create answered once the broker confirmed its announcement; our listener gets it shortly after.
    const heard = Date.now() + 5_000;
    while (announced.flat().length < CREATES && Date.now() < heard) await sleep(20);
    const seen = announced.flat();
    expect([...new Set(seen)].sort()).toEqual(ids);
    expect(seen.length).toBe(CREATES);
    console.log(`${CREATES} concurrent creates announced in ${announced.length} control messages (largest ${Math.max(...announced.map((a) => a.length))} ids)`);

    const deadline = Date.now() + 15_000;
    let total = 0;
    while (Date.now() < deadline) {
      total = (await Promise.all(dispatchers.map((d) => d.metric('dispatcher_consumed_endpoints')))).reduce((a, b) => a + b, 0);
      if (total === CREATES) break;
      await sleep(100);
    }
    expect(total).toBe(CREATES);
  }, 60_000);
});
