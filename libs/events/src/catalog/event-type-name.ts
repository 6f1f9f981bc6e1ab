/** Public, stable event type names: "<category word>.<action>", exactly two words. */
export type EventTypeName = string;

export const EVENT_TYPE_PATTERN = /^[a-z][a-z_]*\.[a-z][a-z_]*$/;
