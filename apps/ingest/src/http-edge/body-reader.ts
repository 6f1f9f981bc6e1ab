import { DomainException, ErrorCode } from '@app/common';

export const payloadTooLarge = () => new DomainException(ErrorCode.PayloadTooLarge, 'request body is larger than the configured limit');

export interface ReadBodyOptions {
  /** Sees each chunk as it arrives (a digest computed in small steps instead of one long one at the end). */
  onChunk?: (chunk: Buffer) => void;
  /** Copy the bytes into this buffer (at least `limit` long) instead of keeping the chunks. */
  into?: Buffer;
  /** Milliseconds to stop reading after a chunk of this size (TCP then pushes back on the sender). */
  pace?: (bytes: number) => number;
  /**
   * A body over the limit but not over this many bytes is read to its end and discarded before the
   * refusal, so the client finishes sending and reads the 413: a client still writing when the
   * connection closes (fetch, undici) reports a broken pipe instead. Larger bodies are refused at once.
   */
  discardUpTo?: number;
}

/** Reads and drops the rest of `payload` (`seen` bytes so far), then refuses it; at once when it exceeds `cap`. */
function refuseAfterDiscarding(payload: NodeJS.ReadableStream, seen: number, cap: number | undefined, reject: (err: Error) => void): void {
  if (cap === undefined || seen > cap) return reject(payloadTooLarge());
  let total = seen;
  const finish = () => {
    payload.removeListener('data', onData);
    payload.removeListener('end', finish);
    payload.removeListener('error', finish);
    reject(payloadTooLarge());
  };
  const onData = (chunk: Buffer) => {
    total += chunk.length;
    if (total > cap) finish();
  };
  payload.on('data', onData);
  payload.on('end', finish);
  payload.on('error', finish);
  payload.resume();
}

/**
 * Reads a request body up to `limit` bytes. Refuses a declared or actual size above the limit as soon
 * as it is known, and a body shorter than its Content-Length. With `into`, the result is a view of it.
 */
export function readBody(payload: NodeJS.ReadableStream, declaredLength: string | undefined, limit: number, options: ReadBodyOptions = {}): Promise<Buffer> {
  const { onChunk, into, pace, discardUpTo } = options;
  return new Promise((resolve, reject) => {
    const declared = declaredLength === undefined ? NaN : Number(declaredLength);
    if (declared > limit) return refuseAfterDiscarding(payload, declared, discardUpTo, reject);
    const chunks: Buffer[] = [];
    let received = 0;
    const cleanup = () => {
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onError);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        cleanup();
        return refuseAfterDiscarding(payload, received, discardUpTo, reject);
      }
      onChunk?.(chunk);
      if (into) chunk.copy(into, received - chunk.length);
      else chunks.push(chunk);
      const wait = pace?.(chunk.length) ?? 0;
      if (wait > 0) {
        payload.pause();
        setTimeout(() => payload.resume(), wait);
      }
    };
    const onEnd = () => {
      cleanup();
      if (!Number.isNaN(declared) && declared !== received)
        return reject(DomainException.validation('content-length', 'the body is not as long as Content-Length says'));
      resolve(into ? into.subarray(0, received) : Buffer.concat(chunks));
    };
    const onError = () => {
      cleanup();
      reject(DomainException.validation('body', 'the request body could not be read'));
    };
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onError);
    payload.resume();
  });
}
