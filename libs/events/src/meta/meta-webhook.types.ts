/** The body Meta POSTs to the callback URL (WhatsApp Business Account object). */
export interface MetaWebhookBody {
  object: string;
  entry?: MetaEntry[];
}

export interface MetaEntry {
  /** The WhatsApp Business Account id. */
  id: string;
  /** Unix seconds; present on most WABA-level fields. */
  time?: number;
  changes?: MetaChange[];
}

export interface MetaChange {
  field: string;
  value: unknown;
}
