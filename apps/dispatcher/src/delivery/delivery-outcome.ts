/** What the delivery handler tells the transport once the attempt is made. */
export interface DeliveryOutcome {
  /**
   * Settles when the attempt's record is durable: the transport acks only after it (and requeues the
   * message if it rejects), but frees the endpoint's concurrency slot at once, so recording never
   * narrows the HTTP concurrency.
   */
  recorded?: Promise<void>;
  /** Publish the same message again for this attempt after this delay; absent: the message is done. */
  retry?: { nextAttempt: number; tierMs: number; delayMs: number };
  /** The receiver answered 429 with Retry-After: hold this endpoint's deliveries (only its own) that long. */
  throttleMs?: number;
}
