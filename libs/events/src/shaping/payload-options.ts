/** What an endpoint receives of each event: everything, everything but Meta's raw change, or the envelope only. */
export const PAYLOAD_FORMATS = ['full', 'without_raw', 'thin'] as const;
export type PayloadFormat = (typeof PAYLOAD_FORMATS)[number];

/** Classes of personal data an endpoint may refuse to receive. */
export const REDACTION_CLASSES = ['message_content', 'phone_numbers', 'contact_names'] as const;
export type RedactionClass = (typeof REDACTION_CLASSES)[number];

export const REDACTION_CLASS_LABELS: Record<RedactionClass, string> = {
  message_content: 'Message content',
  phone_numbers: 'Phone numbers and BSUIDs',
  contact_names: 'Contact names and usernames',
};

/** The per-endpoint choices that shape a delivered body. */
export interface PayloadOptions {
  payload: PayloadFormat;
  redact: readonly RedactionClass[];
}

export const FULL_PAYLOAD: PayloadOptions = { payload: 'full', redact: [] };

/** True when the stored envelope is sent byte for byte. */
export function isFullPayload(options: PayloadOptions): boolean {
  return options.payload === 'full' && options.redact.length === 0;
}
