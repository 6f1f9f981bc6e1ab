/**
 * The raw limit of delivery: amqplib consume + undici POST to the same receiver and ack, with the same
 * prefetch and HTTP concurrency per endpoint as the dispatcher, but no signing, no attempt records, no
 * retries. Started by the bench as a child process.
 * argv: <amqpUrl> <json [{queue, url}]> <concurrencyPerEndpoint>
 */
import amqp from 'amqplib';
import { Pool } from 'undici';

async function main(): Promise<void> {
  const [amqpUrl, targetsJson, concurrencyArg] = process.argv.slice(2);
  const targets = JSON.parse(targetsJson) as { queue: string; url: string }[];
  const concurrency = Number(concurrencyArg);
  const connection = await amqp.connect(amqpUrl);
  const channel = await connection.createChannel();
  const pools = new Map<string, Pool>();
  for (const t of targets) {
    const url = new URL(t.url);
    if (!pools.has(url.origin))
      pools.set(url.origin, new Pool(url.origin, { connections: concurrency * targets.length, pipelining: 1, keepAliveTimeout: 60_000 }));
    // Same as the dispatcher: prefetch twice the HTTP concurrency per endpoint consumer.
    await channel.prefetch(concurrency * 2, false);
    let active = 0;
    const waiting: (() => void)[] = [];
    await channel.consume(t.queue, (msg) => {
      if (!msg) return;
      const post = () => {
        active++;
        pools
          .get(url.origin)!
          .request({ method: 'POST', path: url.pathname + url.search, body: msg.content, headers: { 'content-type': 'application/json' } })
          .then((res) => res.body.dump().then(() => res.statusCode))
          .then(
            (status) => (status < 300 ? channel.ack(msg) : channel.nack(msg, false, true)),
            () => channel.nack(msg, false, true),
          )
          .finally(() => {
            active--;
            waiting.shift()?.();
          });
      };
      if (active < concurrency) post();
      else waiting.push(post);
    });
  }
  process.on('SIGTERM', () => {
    void connection.close().finally(() => process.exit(0));
  });
  process.stdout.write('ready\n');
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
