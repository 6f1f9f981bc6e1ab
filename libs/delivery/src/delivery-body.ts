import { EventEnvelope, isFullPayload, PayloadFormat, PayloadOptions, RedactionClass, shapeEnvelope } from '@app/events';
import type { WebhookEndpointEntity } from '@app/persistence';

/** An endpoint's payload options as stored (a row written before they existed gets the full payload). */
export function payloadOptionsOf(endpoint: Pick<WebhookEndpointEntity, 'payloadFormat' | 'redact'>): PayloadOptions {
  return { payload: (endpoint.payloadFormat ?? 'full') as PayloadFormat, redact: (endpoint.redact ?? []) as RedactionClass[] };
}

/**
 * The bytes one endpoint receives (and that are signed): the stored body as it is for a full payload,
 * otherwise the envelope it holds, shaped by the endpoint's options (parsed only then).
 */
export function deliveryBody(options: PayloadOptions, storedBody: Buffer, redactionKey: Buffer | null): Buffer {
  if (isFullPayload(options)) return storedBody;
  const envelope = JSON.parse(storedBody.toString('utf8')) as EventEnvelope;
  return Buffer.from(JSON.stringify(shapeEnvelope(envelope, options, redactionKey)));
}
