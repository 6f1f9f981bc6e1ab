/**
 * A RabbitMQ cluster on this machine for trying quorum queues and node loss (docs/operations.md,
 * "Running a RabbitMQ cluster"): three `rabbitmq-server` nodes with their own node names, ports and data
 * under .cluster/, joined with `rabbitmqctl join_cluster`. Prints the AMQP_URL listing every node.
 *
 *   npm run cluster -- up [--nodes 3] [--base-port 5681]   start (or start again) and join the nodes
 *   npm run cluster -- status                              nodes, client connections per node, AMQP_URL
 *   npm run cluster -- stop-node N [--kill]                stop node N (--kill: SIGKILL, as a crash)
 *   npm run cluster -- start-node N                        start node N again with its data
 *   npm run cluster -- down                                stop every node and delete .cluster/
 *
 * Node N is `wawh-cluster-N@localhost`, AMQP on base-port+N-1 (5681, 5682, 5683), Erlang distribution
 * 20000 above it. As root the nodes run as the `rabbitmq` user (same Erlang cookie as rabbitmqctl).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PrivateRabbitMq, RabbitMqNodeLayout } from '../test/support/private-rabbitmq';
import { PrivateRabbitMqCluster } from '../test/support/private-rabbitmq-cluster';

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(ROOT, '.cluster');
const STATE = path.join(DIR, 'cluster.json');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} takes a positive integer`);
  return v;
}

function saved(): PrivateRabbitMqCluster | null {
  if (!existsSync(STATE)) return null;
  return PrivateRabbitMqCluster.attach(JSON.parse(readFileSync(STATE, 'utf8')) as RabbitMqNodeLayout[]);
}

function required(): PrivateRabbitMqCluster {
  const cluster = saved();
  if (!cluster) throw new Error('no cluster here: run `npm run cluster -- up` first');
  return cluster;
}

function nodeNumber(cluster: PrivateRabbitMqCluster): number {
  const n = Number(process.argv[3]);
  if (!Number.isInteger(n) || n < 1 || n > cluster.nodes.length) throw new Error(`give a node number from 1 to ${cluster.nodes.length}`);
  return n;
}

async function printStatus(cluster: PrivateRabbitMqCluster): Promise<void> {
  for (const s of await cluster.status()) {
    const state = s.running ? `up, ${s.connections ?? '?'} client connection(s)` : 'down';
    process.stdout.write(`node ${s.index}  ${s.nodeName.padEnd(24)} amqp 127.0.0.1:${s.port}  ${state}\n`);
  }
  process.stdout.write(`running members: ${(await cluster.runningNodes()).join(', ') || 'none'}\n\n`);
  process.stdout.write(`AMQP_URL=${cluster.amqpUrl}\nQUEUE_TYPE=quorum\n`);
}

async function up(): Promise<void> {
  const existing = saved();
  if (existing) {
    // Started before (e.g. the machine rebooted since): start the nodes that are down, with their data.
    const status = await existing.status();
    for (const s of status.filter((x) => !x.running)) {
      process.stdout.write(`starting node ${s.index} again…\n`);
      await existing.startNode(s.index);
    }
    return printStatus(existing);
  }
  const size = option('nodes', 3);
  const basePort = option('base-port', 5681);
  process.stdout.write(`starting ${size} nodes in ${path.relative(ROOT, DIR)}/ (AMQP ports ${basePort}–${basePort + size - 1})…\n`);
  const cluster = await PrivateRabbitMqCluster.start({ size, dir: DIR, basePort, namePrefix: 'wawh-cluster', ownedByProcess: false });
  writeFileSync(STATE, JSON.stringify(cluster.layouts, null, 2));
  await printStatus(cluster);
}

async function down(): Promise<void> {
  const cluster = saved();
  if (cluster) await Promise.all(cluster.nodes.map((n: PrivateRabbitMq) => n.stopNode()));
  rmSync(DIR, { recursive: true, force: true });
  process.stdout.write('cluster stopped and .cluster/ deleted\n');
}

async function main(): Promise<void> {
  const command = process.argv[2];
  switch (command) {
    case 'up':
      return up();
    case 'down':
      return down();
    case 'status':
      return printStatus(required());
    case 'stop-node': {
      const cluster = required();
      const n = nodeNumber(cluster);
      await cluster.stopNode(n, process.argv.includes('--kill') ? 'kill' : 'stop');
      return printStatus(cluster);
    }
    case 'start-node': {
      const cluster = required();
      await cluster.startNode(nodeNumber(cluster));
      return printStatus(cluster);
    }
    default:
      process.stdout.write('npm run cluster -- up [--nodes 3] [--base-port 5681] | status | stop-node N [--kill] | start-node N | down\n');
      if (command !== undefined && command !== 'help' && command !== '--help') process.exitCode = 1;
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
