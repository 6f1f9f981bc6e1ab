import { PassThrough } from 'node:stream';
import { DomainException } from '@app/common';
import { readBody } from './body-reader';

function stream(...chunks: string[]): PassThrough {
  const s = new PassThrough();
  setImmediate(() => {
    for (const c of chunks) s.write(Buffer.from(c));
    s.end();
  });
  return s;
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: DomainException) => e.code,
  );

describe('request body reader', () => {
  it('returns the chunks and hands each to onChunk as it arrives', async () => {
    const seen: string[] = [];
    const body = await readBody(stream('ab', 'cd'), '4', 10, { onChunk: (c) => seen.push(c.toString()) });
    expect(body.toString()).toBe('abcd');
    expect(seen).toEqual(['ab', 'cd']);
  });

  it('copies into a given buffer and answers a view of exactly the body', async () => {
    const into = Buffer.alloc(10, 'x');
    const body = await readBody(stream('ab', 'cde'), undefined, 10, { into });
    expect(body.toString()).toBe('abcde');
    expect(body.buffer).toBe(into.buffer);
  });

  it('pauses for as long as pace asks after each chunk, and still reads everything', async () => {
    const t0 = Date.now();
    const body = await readBody(stream('ab', 'cd', 'ef'), undefined, 10, { pace: () => 30 });
    expect(body.toString()).toBe('abcdef');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
  });

  it('refuses a declared length above the limit before reading anything', async () => {
    const onChunk = jest.fn();
    expect(await codeOf(readBody(stream('abc'), '11', 10, { onChunk }))).toBe('payload_too_large');
    expect(onChunk).not.toHaveBeenCalled();
  });

  it('refuses as soon as the bytes pass the limit, without a declared length', async () => {
    const onChunk = jest.fn();
    expect(await codeOf(readBody(stream('123456', '789012', 'never'), undefined, 10, { onChunk }))).toBe('payload_too_large');
    expect(onChunk).toHaveBeenCalledTimes(1);
  });

  it('with discardUpTo, reads an oversized body to its end (dropping it) before refusing, so the sender is not cut off', async () => {
    const s = stream('123456', '789012', 'abc');
    const onChunk = jest.fn();
    expect(await codeOf(readBody(s, '15', 10, { onChunk, discardUpTo: 100 }))).toBe('payload_too_large');
    expect(onChunk).not.toHaveBeenCalled();
    expect(s.readableEnded).toBe(true);
    const streamed = stream('123456', '789012', 'abc');
    expect(await codeOf(readBody(streamed, undefined, 10, { discardUpTo: 100 }))).toBe('payload_too_large');
    expect(streamed.readableEnded).toBe(true);
  });

  it('with discardUpTo, refuses at once what is larger than that too', async () => {
    const s = stream('123456', '789012', 'abc');
    expect(await codeOf(readBody(s, '1000', 10, { discardUpTo: 100 }))).toBe('payload_too_large');
    expect(s.readableEnded).toBe(false);
    // A stream that never ends: only a refusal at the cap can settle the read.
    const endless = new PassThrough();
    setImmediate(() => endless.write(Buffer.from('x'.repeat(200))));
    expect(await codeOf(readBody(endless, undefined, 10, { discardUpTo: 100 }))).toBe('payload_too_large');
  });

  it('refuses a body shorter than its Content-Length', async () => {
    expect(await codeOf(readBody(stream('abc'), '5', 10))).toBe('validation_failed');
  });
});
