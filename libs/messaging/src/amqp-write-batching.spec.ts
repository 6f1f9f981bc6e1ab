import { Socket } from 'node:net';
import amqp, { ChannelModel } from 'amqplib';
import { batchSocketWrites } from './amqp-write-batching';

/** Against the local RabbitMQ (127.0.0.1:5672, as in every other broker test). */
const AMQP_URL = 'amqp://guest:guest@127.0.0.1:5672';
const MESSAGES = 40;

/** Counts the system-call-level writes of the connection's socket (one per write or writev). */
function countWrites(model: ChannelModel): () => number {
  const socket = (model as unknown as { connection: { stream: Socket } }).connection.stream;
  let writes = 0;
  const proto = socket as unknown as { _writeGeneric: (...args: unknown[]) => unknown };
  const original = proto._writeGeneric.bind(socket);
  proto._writeGeneric = (...args: unknown[]) => {
    writes++;
    return original(...args);
  };
  return () => writes;
}

/** Publishes MESSAGES messages in one turn of the event loop; resolves with the socket writes and what arrived. */
async function publishBurst(batched: boolean): Promise<{ writes: number; received: string[] }> {
  const model = await amqp.connect(AMQP_URL);
  try {
    if (batched) expect(batchSocketWrites(model)).toBe(true);
    const ch = await model.createConfirmChannel();
    const { queue } = await ch.assertQueue('', { exclusive: true });
    const writes = countWrites(model);
    const before = writes();
    for (let i = 0; i < MESSAGES; i++) ch.sendToQueue(queue, Buffer.from(`m${i}`));
    await ch.waitForConfirms();
    const published = writes() - before;
    const received: string[] = [];
    await new Promise<void>((resolve) => {
      void ch.consume(queue, (msg) => {
        if (!msg) return;
        received.push(msg.content.toString());
        ch.ack(msg);
        if (received.length === MESSAGES) resolve();
      });
    });
    await ch.close();
    return { writes: published, received };
  } finally {
    await model.close();
  }
}

describe('batchSocketWrites', () => {
  const expected = Array.from({ length: MESSAGES }, (_, i) => `m${i}`);

  it('writes a burst of publishes in a few system calls instead of one per message, every message in order', async () => {
    const plain = await publishBurst(false);
    const batched = await publishBurst(true);
    expect(plain.received).toEqual(expected);
    expect(batched.received).toEqual(expected);
    // Without it, amqplib writes each message on its own.
    expect(plain.writes).toBeGreaterThanOrEqual(MESSAGES);
    expect(batched.writes).toBeLessThanOrEqual(3);
  });

  it('is applied once however often it is called, and refuses what is not an amqplib connection', async () => {
    const model = await amqp.connect(AMQP_URL);
    try {
      expect(batchSocketWrites(model)).toBe(true);
      const mux = (model as unknown as { connection: { muxer: { _readIncoming: unknown } } }).connection.muxer;
      const wrapped = mux._readIncoming;
      expect(batchSocketWrites(model)).toBe(true);
      expect(mux._readIncoming).toBe(wrapped);
    } finally {
      await model.close();
    }
    expect(batchSocketWrites({} as ChannelModel)).toBe(false);
  });
});
