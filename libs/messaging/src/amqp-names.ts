/** Every exchange and queue name, under one namespace so installs and test runs can share a broker. */
export class AmqpNames {
  constructor(readonly namespace: string) {}

  /** Topic exchange; routing key "<workspace_id>.<event type>". */
  get eventsExchange() {
    return `${this.namespace}.events`;
  }
  /** Fanout exchange carrying endpoint changes to every dispatcher replica. */
  get controlExchange() {
    return `${this.namespace}.control`;
  }
  /** Headers exchange routing a retry to its delay tier (header x-delay-tier). */
  get delayExchange() {
    return `${this.namespace}.delay`;
  }

  endpointQueue(endpointId: string) {
    return `${this.namespace}.endpoint.${endpointId}`;
  }
  delayQueue(delayMs: number) {
    return `${this.namespace}.delay.${delayMs}ms`;
  }

  endpointIdFromQueue(queue: string): string | null {
    const prefix = `${this.namespace}.endpoint.`;
    return queue.startsWith(prefix) ? queue.slice(prefix.length) : null;
  }
}
