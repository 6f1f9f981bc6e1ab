import type { Channel, Message } from 'amqplib';
import { AckCoalescer } from './ack-coalescer';

const tick = () => new Promise((r) => process.nextTick(r));
const msg = (tag: number) => ({ fields: { deliveryTag: tag } }) as Message;

/** Frames as the broker would see them: `ack 3+` acks every outstanding tag up to 3. */
function fakeChannel() {
  const frames: string[] = [];
  const outstanding = new Set<number>();
  const ch = {
    ack: (m: Message, allUpTo?: boolean) => {
      const tag = m.fields.deliveryTag;
      if (!outstanding.has(tag)) throw new Error(`unknown delivery tag ${tag}`);
      frames.push(`ack ${tag}${allUpTo ? '+' : ''}`);
      for (const t of [...outstanding]) if (allUpTo ? t <= tag : t === tag) outstanding.delete(t);
    },
    nack: (m: Message, _allUpTo?: boolean, requeue?: boolean) => {
      const tag = m.fields.deliveryTag;
      if (!outstanding.has(tag)) throw new Error(`unknown delivery tag ${tag}`);
      frames.push(`nack ${tag}${requeue ? ' requeue' : ''}`);
      outstanding.delete(tag);
    },
  } as unknown as Channel;
  return { ch, frames, outstanding };
}

/** A coalescer over `ch` whose refused frames are collected, so a test can expect none. */
function coalescer(ch: Channel) {
  const errors: string[] = [];
  return { acks: new AckCoalescer(ch, (err) => errors.push(err.message)), errors };
}

function deliver(acks: AckCoalescer, outstanding: Set<number>, tags: number[]): Message[] {
  return tags.map((t) => {
    outstanding.add(t);
    acks.received(msg(t));
    return msg(t);
  });
}

describe('AckCoalescer', () => {
  it('acks the settled run at the head in one frame, after the tick', async () => {
    const { ch, frames, outstanding } = fakeChannel();
    const { acks, errors } = coalescer(ch);
    const m = deliver(acks, outstanding, [1, 2, 3, 4]);
    acks.ack(m[1]);
    acks.ack(m[0]);
    acks.ack(m[2]);
    expect(frames).toEqual([]);
    await tick();
    expect(frames).toEqual(['ack 3+']);
    expect([...outstanding]).toEqual([4]);
    expect(errors).toEqual([]);
  });

  it('acks one by one beyond a message still in progress, and never covers it', async () => {
    const { ch, frames, outstanding } = fakeChannel();
    const { acks, errors } = coalescer(ch);
    const m = deliver(acks, outstanding, [1, 2, 3, 4, 5]);
    acks.ack(m[0]);
    acks.ack(m[2]);
    acks.ack(m[3]);
    await tick();
    expect(frames).toEqual(['ack 1+', 'ack 3', 'ack 4']);
    expect([...outstanding].sort()).toEqual([2, 5]);
    // 2 settles later: 3 and 4 were acked already, so the run now ends at 2.
    acks.ack(m[1]);
    await tick();
    expect(frames.slice(3)).toEqual(['ack 2+']);
    acks.ack(m[4]);
    await tick();
    expect(frames.slice(4)).toEqual(['ack 5+']);
    expect(outstanding.size).toBe(0);
    expect(errors).toEqual([]);
  });

  it('sends a requeue at once, before an ack that spans its tag', async () => {
    const { ch, frames, outstanding } = fakeChannel();
    const { acks, errors } = coalescer(ch);
    const m = deliver(acks, outstanding, [1, 2, 3]);
    acks.ack(m[0]);
    acks.requeue(m[1]);
    expect(frames).toEqual(['nack 2 requeue']);
    acks.ack(m[2]);
    await tick();
    expect(frames).toEqual(['nack 2 requeue', 'ack 3+']);
    expect(outstanding.size).toBe(0);
    expect(errors).toEqual([]);
  });

  it('sends what is settled at once when flushed (shutdown), and nothing twice', async () => {
    const { ch, frames, outstanding } = fakeChannel();
    const { acks, errors } = coalescer(ch);
    const m = deliver(acks, outstanding, [1, 2]);
    acks.ack(m[0]);
    acks.ack(m[1]);
    acks.flush();
    expect(frames).toEqual(['ack 2+']);
    await tick();
    expect(frames).toEqual(['ack 2+']);
    expect(errors).toEqual([]);
  });

  it('sends nothing once its channel is closed', async () => {
    const { ch, frames, outstanding } = fakeChannel();
    const { acks, errors } = coalescer(ch);
    const m = deliver(acks, outstanding, [1, 2]);
    acks.ack(m[0]);
    acks.close();
    acks.requeue(m[1]);
    await tick();
    expect(frames).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reports a frame the channel refuses and goes on with the others', async () => {
    const { ch, frames, outstanding } = fakeChannel();
    const { acks, errors } = coalescer(ch);
    const m = deliver(acks, outstanding, [1, 2, 3]);
    outstanding.delete(3); // as if the broker no longer knew it
    acks.ack(m[2]);
    acks.ack(m[1]);
    await tick();
    expect(errors).toEqual(['unknown delivery tag 3']);
    expect(frames).toEqual(['ack 2']);
  });

  it('stays correct over many deliveries settled in any order', async () => {
    const { ch, outstanding } = fakeChannel();
    const { acks, errors } = coalescer(ch);
    const m = deliver(
      acks,
      outstanding,
      Array.from({ length: 5000 }, (_, i) => i + 1),
    );
    const shuffled = [...m].sort((a, b) => ((a.fields.deliveryTag * 7919) % 5003) - ((b.fields.deliveryTag * 7919) % 5003));
    for (let i = 0; i < shuffled.length; i += 37) {
      for (const x of shuffled.slice(i, i + 37)) acks.ack(x);
      await tick();
    }
    expect(outstanding.size).toBe(0);
    expect(errors).toEqual([]);
  });
});
