/** What the delivery handler tells the transport once the attempt is recorded. */
export interface DeliveryOutcome {
  /** Publish the same message again for this attempt after this delay; absent: the message is done. */
  retry?: { nextAttempt: number; tierMs: number; delayMs: number };
  /** The receiver answered 429 with Retry-After: hold this endpoint's deliveries (only its own) that long. */
  throttleMs?: number;
}
