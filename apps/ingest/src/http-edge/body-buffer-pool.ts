/**
 * Reusable buffers for large bodies that are not yet authenticated (a Meta POST before its HMAC is
 * checked). A refused body then leaves no garbage behind, and at most `max` such bodies are read at once:
 * the next one waits, unread, with TCP pushing back on its sender. Memory stays at most max × size.
 */
export class BodyBufferPool {
  private readonly free: Buffer[] = [];
  private readonly waiting: ((buffer: Buffer) => void)[] = [];
  private created = 0;

  constructor(
    readonly size: number,
    private readonly max: number,
  ) {}

  acquire(): Promise<Buffer> {
    const buffer = this.free.pop() ?? (this.created < this.max ? this.create() : null);
    return buffer ? Promise.resolve(buffer) : new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Hands the buffer to the next waiting reader, or keeps it. Its old bytes are never read again. */
  release(buffer: Buffer): void {
    const next = this.waiting.shift();
    if (next) next(buffer);
    else this.free.push(buffer);
  }

  private create(): Buffer {
    this.created++;
    return Buffer.allocUnsafe(this.size);
  }
}
