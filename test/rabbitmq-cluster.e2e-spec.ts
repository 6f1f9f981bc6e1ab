import { randomBytes } from 'node:crypto';
import { dropDatabase } from '@app/persistence';
import { IngestClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { awaitDelivery, print, sendMeta, statusCounts, Tenant } from './support/meta-load';
import { PrivateRabbitMqCluster } from './support/private-rabbitmq-cluster';
import { appEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';
import { sleep, waitUntil } from './support/wait';

// A 3-node RabbitMQ cluster of this file's own with quorum queues (QUEUE_TYPE=quorum) and AMQP_URL
// listing the three nodes. Under a steady Meta load the node the apps are connected to is killed and
// later started again; the apps move to another node by themselves. Every acknowledged change must reach
// the endpoint; duplicates are counted, printed and bounded. (Retries are not part of this run: quorum
// queues dead-letter at most once, see docs/operations.md, "Running a RabbitMQ cluster".)

const EVENT = 'message.status_updated';

describe('RabbitMQ cluster with quorum queues: losing the node the apps are on', () => {
  let cluster: PrivateRabbitMqCluster;
  let databaseUrl: string;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let client: IngestClient;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    cluster = await PrivateRabbitMqCluster.start({ size: 3 });
    databaseUrl = `postgres://postgres@127.0.0.1:5432/wawh_cluster_${randomBytes(5).toString('hex')}`;
    const env = appEnvironment(databaseUrl, cluster.amqpUrl, {
      QUEUE_TYPE: 'quorum',
      OUTBOX_RELAY_AFTER: '2s',
      RETRY_SCHEDULE: '500ms,1s,2s,4s',
    });
    ingest = await AppProcess.start('ingest', env);
    dispatcher = await AppProcess.start('dispatcher', env);
    client = new IngestClient(ingest.baseUrl);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([dispatcher, ingest].filter(Boolean).map((a) => a.stop().catch(() => undefined)));
    await Promise.all(receivers.map((r) => r.stop()));
    await cluster?.destroy();
    if (databaseUrl) await dropDatabase(databaseUrl).catch(() => undefined);
  }, 90_000);

  it('every acknowledged change is delivered while the node the apps are on is killed and started again', async () => {
    const ws = await client.createWorkspace('cluster');
    const wabaId = '320000000000001';
    await client.linkWaba(ws.id, wabaId);
    const steady = await new WebhookReceiver().start();
    receivers.push(steady);
    await client.createWebhook(ws.api_key, { url: steady.url, events: [EVENT] });
    const tenant: Tenant = { wabaId, receivers: [steady] };

    // Every durable queue of the apps is a quorum queue (the dispatcher's control queue is exclusive, so classic).
    await waitUntil(async () => (await queues(cluster)).filter((q) => q.name.startsWith('wawh.endpoint.')).length === 1, 30_000);
    const declared = await queues(cluster);
    expect(declared.filter((q) => !q.exclusive).every((q) => q.type === 'quorum')).toBe(true);
    expect(declared.filter((q) => q.name.startsWith('wawh.delay.')).length).toBeGreaterThan(0);

    const lost = await cluster.busiestNode();
    expect(lost).not.toBeNull();
    const timeline: string[] = [];
    const mark = (what: string) => timeline.push(`${what}@${Date.now() - t0}ms`);
    const t0 = Date.now();
    const fault = (async () => {
      await sleep(4_000);
      mark(`kill-node-${lost}`);
      await cluster.stopNode(lost!, 'kill');
      // The apps reconnect by themselves (readiness includes the broker connection), to another node.
      await waitUntil(async () => (await ready(ingest)) && (await ready(dispatcher)), 60_000);
      mark('apps-ready');
      let onNode: number | null = null;
      await waitUntil(async () => ((onNode = await cluster.busiestNode()), onNode !== null && onNode !== lost), 60_000);
      mark(`apps-on-node-${onNode}`);
      await sleep(3_000);
      mark(`start-node-${lost}`);
      await cluster.startNode(lost!);
      mark(`node-${lost}-back`);
      await sleep(4_000); // load keeps flowing with the node back
    })();
    const [outcomes] = await Promise.all([sendMeta(ingest.baseUrl, tenant, 'cluster', 25, fault), fault]);
    const results = [await awaitDelivery(outcomes, steady, 'cluster', 60_000)];
    const status = await cluster.status();
    print('cluster-node-lost', results[0], `endpoint=steady answers=${JSON.stringify(statusCounts(outcomes))} timeline=${timeline.join(',')}`);
    console.log(`cluster after: ${status.map((s) => `node-${s.index}:${s.running ? `up,${s.connections}conn` : 'down'}`).join(' ')}`);

    // The ingest needs PostgreSQL only to acknowledge: losing a broker node costs no acknowledgement.
    expect(statusCounts(outcomes)).toEqual({ 200: outcomes.length });
    expect(outcomes.length).toBeGreaterThan(100);
    for (const r of results) {
      expect(r.missing).toEqual([]);
      // At least once: deliveries unacked when the node died are delivered again, and events whose publish
      // confirm was lost are re-published by the outbox relay. Bounded by what was in flight, not a flood.
      expect(r.duplicates).toBeLessThanOrEqual(Math.ceil(r.acknowledged * 0.15));
    }
    expect(status.every((s) => s.running)).toBe(true);
    expect(await cluster.runningNodes()).toEqual(cluster.nodes.map((n) => n.nodeName).sort());
  }, 240_000);
});

const ready = (app: AppProcess) =>
  fetch(`${app.baseUrl}/health/ready`).then(
    (r) => r.ok,
    () => false,
  );

interface QueueInfo {
  name: string;
  type: string;
  exclusive: boolean;
}

/** The default vhost's queues as seen by the first node that answers. */
async function queues(cluster: PrivateRabbitMqCluster): Promise<QueueInfo[]> {
  for (const node of cluster.nodes) {
    const out = await node.ctlOutput('list_queues', 'name', 'type', 'exclusive', '--no-table-headers').catch(() => null);
    if (out === null) continue;
    return out
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const [name, type, exclusive] = l.trim().split(/\s+/);
        return { name, type, exclusive: exclusive === 'true' };
      });
  }
  throw new Error('no node of the cluster answers');
}
