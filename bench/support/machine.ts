import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { Machine } from './report';

const exec = promisify(execFile);

/** CPU, memory, Node, PostgreSQL and RabbitMQ versions and the load average at start. */
export async function describeMachine(): Promise<Machine> {
  const cpus = os.cpus();
  let pg: string;
  const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  try {
    await client.connect();
    pg = String((await client.query('SHOW server_version')).rows[0].server_version);
  } catch (err) {
    pg = `unreachable (${(err as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
  const rabbit = await exec('rabbitmqctl', ['-q', 'version'], { timeout: 30_000 }).then(
    (r) => r.stdout.trim(),
    (err: Error) => `unreachable (${err.message})`,
  );
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  return {
    lines: [
      ['Date', new Date().toISOString()],
      ['CPU', `${cpus[0]?.model.trim() ?? 'unknown'} × ${cpus.length} cores`],
      ['RAM', `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB (${(os.freemem() / 1024 ** 3).toFixed(1)} GiB free)`],
      ['OS', `${os.type()} ${os.release()} ${os.arch()}`],
      ['Node', process.version],
      ['PostgreSQL', pg],
      ['RabbitMQ', rabbit],
      ['Load average at start (1, 5, 15 min)', load],
    ],
  };
}

export function loadNow(): string {
  return os.loadavg()[0].toFixed(2);
}
