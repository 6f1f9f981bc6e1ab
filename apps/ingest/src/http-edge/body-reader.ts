import { DomainException, ErrorCode } from '@app/common';

export const payloadTooLarge = () => new DomainException(ErrorCode.PayloadTooLarge, 'request body is larger than the configured limit');

/**
 * Reads a request body up to `limit` bytes, handing each chunk to `onChunk` as it arrives (so a digest
 * can be computed in small steps instead of one long one at the end). Refuses a declared or actual
 * size above the limit as soon as it is known, and a body shorter or longer than its Content-Length.
 */
export function readBody(
  payload: NodeJS.ReadableStream,
  declaredLength: string | undefined,
  limit: number,
  onChunk: (chunk: Buffer) => void = () => undefined,
): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const declared = declaredLength === undefined ? NaN : Number(declaredLength);
    if (declared > limit) return reject(payloadTooLarge());
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
        return reject(payloadTooLarge());
      }
      onChunk(chunk);
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      if (!Number.isNaN(declared) && declared !== received) return reject(DomainException.validation('content-length', 'the body is not as long as Content-Length says'));
      resolve(chunks);
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
