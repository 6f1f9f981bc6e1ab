import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './app-process';
import { PrivateRabbitMq, RabbitMqNodeLayout } from './private-rabbitmq';

export interface ClusterOptions {
  /** Nodes in the cluster (3 by default: quorum queues keep working with one of them lost). */
  size?: number;
  /** Parent of the nodes' dirs (node-1, node-2, …); a temp dir when not given. */
  dir?: string;
  /** AMQP ports basePort, basePort+1, …; distribution ports 20000 above them. Free ports when not given. */
  basePort?: number;
  /** Node names are `<prefix>-<n>@localhost`. */
  namePrefix?: string;
  /** Nodes killed and deleted when this process exits (tests); false for a cluster meant to outlive it. */
  ownedByProcess?: boolean;
  timeoutMs?: number;
}

/** One line of `status()`. */
export interface ClusterNodeStatus {
  index: number;
  nodeName: string;
  port: number;
  /** The Erlang VM answers. */
  running: boolean;
  /** AMQP client connections on this node, or null when the node is down. */
  connections: number | null;
}

/**
 * A RabbitMQ cluster of private nodes on this machine (each a PrivateRabbitMq: own node name, ports and
 * data dir, same Erlang cookie), joined with `rabbitmqctl join_cluster` to the first node. Used by the
 * cluster e2e test, the `cluster` benchmark and `npm run cluster` (scripts/rabbitmq-cluster.ts).
 * Nodes are numbered from 1 as in the script.
 */
export class PrivateRabbitMqCluster {
  private constructor(
    readonly nodes: PrivateRabbitMq[],
    private readonly removeDir: string | null,
  ) {}

  /** Every node's AMQP URL, in node order. */
  get amqpUrls(): string[] {
    return this.nodes.map((n) => n.amqpUrl);
  }

  /** AMQP_URL for the apps: every node, comma-separated. */
  get amqpUrl(): string {
    return this.amqpUrls.join(',');
  }

  get layouts(): RabbitMqNodeLayout[] {
    return this.nodes.map((n) => n.layout);
  }

  node(n: number): PrivateRabbitMq {
    const node = this.nodes[n - 1];
    if (!node) throw new Error(`no node ${n} (the cluster has nodes 1 to ${this.nodes.length})`);
    return node;
  }

  static async start(options: ClusterOptions = {}): Promise<PrivateRabbitMqCluster> {
    const size = options.size ?? 3;
    const owned = options.ownedByProcess ?? true;
    const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'wawh-rmq-cluster-'));
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755); // as root the nodes run as `rabbitmq`, which must reach their dirs inside
    const prefix =
      options.namePrefix ??
      `wawh-${path
        .basename(dir)
        .replace(/[^a-z0-9]/gi, '')
        .slice(-8)
        .toLowerCase()}`;
    const layouts: RabbitMqNodeLayout[] = [];
    for (let i = 1; i <= size; i++) {
      const port = options.basePort ? options.basePort + i - 1 : await freePort();
      const distPort = options.basePort ? port + 20_000 : await freePort();
      layouts.push({ dir: path.join(dir, `node-${i}`), nodeName: `${prefix}-${i}@localhost`, port, distPort });
    }
    const started = await Promise.allSettled(layouts.map((l) => PrivateRabbitMq.launch(l, { timeoutMs: options.timeoutMs ?? 120_000, ownedByProcess: owned })));
    const nodes = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const cluster = new PrivateRabbitMqCluster(nodes, options.dir ? null : dir);
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    try {
      if (failed) throw failed.reason;
      // Joined one at a time: join_cluster resets the joining node, which must not be serving.
      for (const node of nodes.slice(1)) {
        await node.ctl('stop_app');
        await node.ctl('join_cluster', nodes[0].nodeName);
        await node.ctl('start_app');
      }
      return cluster;
    } catch (err) {
      await cluster.destroy();
      throw err;
    }
  }

  /** Handles on a cluster started earlier (e.g. by `npm run cluster -- up`) from its layouts. */
  static attach(layouts: RabbitMqNodeLayout[]): PrivateRabbitMqCluster {
    return new PrivateRabbitMqCluster(
      layouts.map((l) => PrivateRabbitMq.attach(l)),
      null,
    );
  }

  /** Each node: up or not, and the AMQP client connections it serves (the node the apps are on has them). */
  async status(): Promise<ClusterNodeStatus[]> {
    const running = await Promise.all(this.nodes.map((n) => n.isRunning()));
    // list_connections lists the whole cluster's connections: each is told apart by the AMQP port it came to.
    const ports = await this.clientConnectionPorts(running);
    return this.nodes.map((node, i) => ({
      index: i + 1,
      nodeName: node.nodeName,
      port: node.port,
      running: running[i],
      connections: running[i] && ports ? ports.filter((p) => p === node.port).length : null,
    }));
  }

  private async clientConnectionPorts(running: boolean[]): Promise<number[] | null> {
    for (const [i, node] of this.nodes.entries()) {
      if (!running[i]) continue;
      const out = await node.ctlOutput('list_connections', 'port', '--no-table-headers').catch(() => null);
      if (out !== null)
        return out
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map(Number);
    }
    return null;
  }

  /** The node serving the most client connections (the one the apps connected to), or null when none has any. */
  async busiestNode(): Promise<number | null> {
    const best = (await this.status()).filter((s) => (s.connections ?? 0) > 0).sort((a, b) => b.connections! - a.connections!)[0];
    return best ? best.index : null;
  }

  /** Node `n` lost: its VM killed (`kill`) or stopped gracefully (`stop`); its data stays for `startNode`. */
  async stopNode(n: number, how: 'kill' | 'stop' = 'kill'): Promise<void> {
    const node = this.node(n);
    if (how === 'kill') await node.kill();
    else await node.stopNode();
  }

  /** Node `n` started again with its data: it rejoins the cluster by itself and its queue replicas catch up. */
  async startNode(n: number, timeoutMs = 90_000): Promise<void> {
    await this.node(n).restart(timeoutMs);
  }

  /** `rabbitmqctl cluster_status` as seen from the first node that answers. */
  async clusterStatus(): Promise<string> {
    for (const node of this.nodes) {
      const out = await node.ctlOutput('cluster_status').catch(() => null);
      if (out !== null) return out;
    }
    return 'no node answers';
  }

  /** The cluster's running members by node name (`cluster_status`), as seen from the first node that answers. */
  async runningNodes(): Promise<string[]> {
    for (const node of this.nodes) {
      const out = await node.ctlOutput('cluster_status', '--formatter', 'json').catch(() => null);
      if (out !== null) return (JSON.parse(out) as { running_nodes: string[] }).running_nodes.sort();
    }
    return [];
  }

  /** Stops every node and deletes its data (and the temp dir this class made). */
  async destroy(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.destroy()));
    if (this.removeDir) rmSync(this.removeDir, { recursive: true, force: true });
  }
}
