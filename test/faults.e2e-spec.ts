import { IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { awaitDelivery, print, sendMeta, statusCounts, Tally, Tenant } from './support/meta-load';
import { PrivatePostgres } from './support/private-postgres';
import { PrivateRabbitMq } from './support/private-rabbitmq';
import { appEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';
import { sleep } from './support/wait';

// Faults under load, against a PostgreSQL and a RabbitMQ of this file's own (the machine's shared ones
// serve other tests): the broker stopped and started, PostgreSQL restarted, a dispatcher killed with
// SIGKILL, a receiver that hangs. Each test sends signed Meta POSTs at a steady rate through the fault,
// prints one line of counts and asserts that every acknowledged change is delivered (missing=0).

const EVENT = 'message.status_updated';

describe('faults: nothing acknowledged is lost', () => {
  let postgres: PrivatePostgres;
  let rabbit: PrivateRabbitMq;
  let env: Record<string, string>;
  let ingest: AppProcess;
  let d1: AppProcess;
  let d2: AppProcess;
  let client: IngestClient;
  const receivers: WebhookReceiver[] = [];
  let wabaSeq = 0;

  async function tenant(responders: ('ok' | 'slow' | 'hang')[]): Promise<Tenant> {
    const ws = await client.createWorkspace(`faults ${wabaSeq}`);
    const wabaId = String(310000000000000 + ++wabaSeq);
    await client.linkWaba(ws.id, wabaId);
    const list: WebhookReceiver[] = [];
    for (const kind of responders) {
      const r = await new WebhookReceiver().start();
      receivers.push(r);
      list.push(r);
      if (kind === 'slow') {
        r.respond = async (_req, res) => {
          await sleep(20);
          if (!res.destroyed) res.writeHead(200).end('ok');
        };
      } else if (kind === 'hang') {
        r.respond = () => undefined; // reads the request, never answers
      }
      await client.createWebhook(ws.api_key, { url: r.url, events: [EVENT] });
    }
    return { wabaId, receivers: list };
  }

  beforeAll(async () => {
    [postgres, rabbit] = await Promise.all([PrivatePostgres.start(), PrivateRabbitMq.start()]);
    env = appEnvironment(postgres.url('wawh_faults'), rabbit.amqpUrl, {
      OUTBOX_RELAY_AFTER: '2s',
      RETRY_SCHEDULE: '500ms,1s,2s,4s',
      DELIVERY_TIMEOUT_MS: '10000', // a hanging receiver holds a delivery slot this long
    });
    ingest = await AppProcess.start('ingest', env);
    [d1, d2] = await Promise.all([AppProcess.start('dispatcher', env), AppProcess.start('dispatcher', env)]);
    client = new IngestClient(ingest.baseUrl);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([d1, d2, ingest].filter(Boolean).map((a) => a.stop().catch(() => undefined)));
    await Promise.all(receivers.map((r) => r.stop()));
    await Promise.all([rabbit?.destroy(), postgres?.destroy()]);
  }, 60_000);

  it('RabbitMQ stopped and started while Meta POSTs keep coming: every acknowledged change is delivered', async () => {
    const t = await tenant(['ok']);
    const fault = (async () => {
      await sleep(3_500);
      const down = Date.now();
      await rabbit.stopApp();
      await sleep(3_000);
      await rabbit.startApp();
      return Date.now() - down;
    })();
    const [outcomes, downMs] = await Promise.all([sendMeta(ingest.baseUrl, t, 'rmq', 30, 10_000), fault]);
    const result = await awaitDelivery(outcomes, t.receivers[0], 'rmq');
    print('rabbitmq-restart', result, `broker_down_ms=${downMs} answers=${JSON.stringify(statusCounts(outcomes))}`);
    // The ingest needs PostgreSQL only to acknowledge: the broker outage costs no acknowledgement.
    expect(statusCounts(outcomes)).toEqual({ 200: outcomes.length });
    expect(result.missing).toEqual([]);
  }, 60_000);

  it('PostgreSQL restarted: the ingest answers 503 while it is down, recovers by itself, and loses nothing acknowledged', async () => {
    const t = await tenant(['ok']);
    let downAt = 0;
    let upAt = 0;
    const fault = (async () => {
      await sleep(2_500);
      downAt = Date.now();
      await postgres.stopServer('immediate');
      await sleep(2_500);
      await postgres.startServer();
      upAt = Date.now();
    })();
    // The load runs until 4 s after PostgreSQL is back, however long its restart takes on a loaded box.
    const [outcomes] = await Promise.all([
      sendMeta(
        ingest.baseUrl,
        t,
        'pg',
        30,
        fault.then(() => sleep(4_000)),
      ),
      fault,
    ]);
    const result = await awaitDelivery(outcomes, t.receivers[0], 'pg');
    const counts = statusCounts(outcomes);
    const firstOkAfter = outcomes.find((o) => o.status === 200 && o.answeredAt > upAt);
    print(
      'postgres-restart',
      result,
      `db_down_ms=${upAt - downAt} answers=${JSON.stringify(counts)} recovered_after_ms=${firstOkAfter ? firstOkAfter.answeredAt - upAt : 'never'}`,
    );
    expect(counts[503]).toBeGreaterThan(0); // it noticed
    expect(Object.keys(counts).sort()).toEqual(['200', '503']); // no 500, no dropped connection
    // Recovered by itself: everything answered from 2 s after the restart on is acknowledged.
    const late = outcomes.filter((o) => o.answeredAt > upAt + 2_000);
    expect(late.length).toBeGreaterThan(0);
    expect(late.filter((o) => o.status !== 200)).toEqual([]);
    expect(result.missing).toEqual([]);
    // Dispatchers hold unrecorded attempts instead of requeueing them, so the outage does not turn
    // into a flood of repeated deliveries (before that fix: ~900 duplicates in a 3 s outage).
    expect(result.duplicates).toBeLessThanOrEqual(Math.ceil(result.acknowledged * 0.05));
  }, 60_000);

  it('a dispatcher killed with SIGKILL mid-run: the other replica delivers everything acknowledged', async () => {
    const t = await tenant(['slow']);
    const fault = (async () => {
      await sleep(2_000);
      await d1.stop('SIGKILL');
    })();
    const [outcomes] = await Promise.all([sendMeta(ingest.baseUrl, t, 'kill', 50, 6_000), fault]);
    const result = await awaitDelivery(outcomes, t.receivers[0], 'kill');
    print('dispatcher-sigkill', result);
    expect(result.acknowledged).toBe(result.sent);
    expect(result.missing).toEqual([]);
    d1 = await AppProcess.start('dispatcher', env);
  }, 60_000);

  it('a receiver that hangs: the other endpoints of the same events keep receiving promptly', async () => {
    const t = await tenant(['hang', 'ok', 'ok']);
    const [hang, ...healthy] = t.receivers;
    const outcomes = await sendMeta(ingest.baseUrl, t, 'hang', 30, 6_000);
    const results = [];
    for (const r of healthy) results.push(await awaitDelivery(outcomes, r, 'hang', 20_000));
    const answeredAt = new Map(outcomes.map((o) => [o.wamid, o.answeredAt]));
    const latencies = healthy
      .flatMap((r) => r.requests.map((q) => q.receivedAt - (answeredAt.get(String((q.json.data as Record<string, unknown>).message_id)) ?? q.receivedAt)))
      .sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
    const healthyTotal: Tally = {
      ...results[0],
      delivered: results.reduce((n, r) => n + r.delivered, 0),
      duplicates: results.reduce((n, r) => n + r.duplicates, 0),
      missing: results.flatMap((r) => r.missing),
    };
    const hanging = hang.requests.length;
    await hang.stop(); // its deliveries in flight fail now rather than hold the dispatchers' shutdown
    print(
      'receiver-hang',
      healthyTotal,
      `endpoints=${healthy.length} healthy_p50_ms=${pct(0.5)} healthy_p99_ms=${pct(0.99)} healthy_max_ms=${latencies[latencies.length - 1]} hanging_endpoint_requests=${hanging}`,
    );
    expect(healthyTotal.missing).toEqual([]);
    expect(healthyTotal.acknowledged).toBe(healthyTotal.sent);
    // Generous bound on a busy machine (unloaded: p99 ~10-40 ms; seen 5.4 s with the 2 cores saturated by
    // other work). Without isolation, healthy deliveries would queue behind the hanging endpoint's 10 s
    // timeouts, so half of that timeout still separates the two.
    expect(pct(0.99)).toBeLessThan(5_000);
  }, 60_000);
});
