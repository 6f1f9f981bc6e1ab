import type { Writable } from 'node:stream';

/** The part of amqplib's frame multiplexer (Connection#muxer) this relies on. */
interface FrameMux {
  out: Writable;
  _readIncoming(): void;
}

const BATCHED = Symbol('wawh.batchedSocketWrites');

/**
 * amqplib writes each frame set (one per published message, one per ack) to the socket on its own: a
 * system call per message, and on a VM or loopback a wake-up of the broker for each. Corking the socket
 * while the multiplexer empties the channels' buffers makes everything ready in one turn of the event
 * loop (a group commit's publishes, a batch of acks) one writev. Frames keep their order; only their
 * grouping into system calls changes, and amqplib's own backpressure (write returning false, then
 * 'drain') works as before.
 *
 * It reaches into amqplib's connection, which is not public API: when the shape is not as expected (another
 * amqplib version) it changes nothing and returns false, and amqp-write-batching.spec.ts fails. `model`
 * is what amqplib's connect gives (amqp-connection-manager's 'connect' event passes it on).
 */
export function batchSocketWrites(model: object): boolean {
  const mux = (model as unknown as { connection?: { muxer?: Partial<FrameMux> & { [BATCHED]?: true } } }).connection?.muxer;
  if (!mux || typeof mux._readIncoming !== 'function' || typeof mux.out?.cork !== 'function' || typeof mux.out.uncork !== 'function') return false;
  if (mux[BATCHED]) return true;
  const out = mux.out;
  const readIncoming = mux._readIncoming.bind(mux);
  // Set on the instance: amqplib calls this._readIncoming() both when a channel has frames and on 'drain'.
  mux._readIncoming = () => {
    out.cork();
    try {
      readIncoming();
    } finally {
      out.uncork();
    }
  };
  mux[BATCHED] = true;
  return true;
}
