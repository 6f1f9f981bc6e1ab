import { EventTypeName } from './event-type-name';

/** A subscription entry: an exact type, "<category word>.*", or "*". */
export type EventPattern = string;

export function patternMatches(pattern: EventPattern, type: EventTypeName): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}

/** The RabbitMQ topic binding key for a workspace's subscription pattern. */
export function bindingKeyFor(workspaceId: string, pattern: EventPattern): string {
  return pattern === '*' ? `${workspaceId}.#` : `${workspaceId}.${pattern}`;
}

/** The routing key an event is published with. */
export function routingKeyFor(workspaceId: string, type: EventTypeName): string {
  return `${workspaceId}.${type}`;
}
