import { randomUUID } from 'node:crypto';
import { createClient, verifyWebhook } from '@wa-webhooks/client';

/** Registers your endpoint for template and message events; keep the secret to verify deliveries. */
export async function registerEndpoint(baseUrl: string, apiKey: string, url: string): Promise<{ id: string; secret: string }> {
  const api = createClient({ baseUrl, apiKey });
  const created = await api.POST('/v1/webhooks', {
    // Safe to retry: the same key and body answer the same endpoint, never a second one.
    params: { header: { 'Idempotency-Key': randomUUID() } },
    body: { url, events: ['template.*', 'message.*'], description: 'CRM', enabled: true },
  });
  if (!created.ok) throw new Error(`${created.error.code}: ${created.error.message}`);
  return { id: created.data.id, secret: created.data.secret };
}

/** In your HTTP handler: the raw body exactly as received, the request's headers, the endpoint's secret. */
export function describeDelivery(rawBody: string, headers: Record<string, string | string[] | undefined>, secret: string): string {
  const event = verifyWebhook(rawBody, headers, secret); // throws if forged, altered or stale
  switch (event.type) {
    case 'template.status_updated':
      return `template ${event.data.template_name ?? event.data.template_id} is ${event.data.status} (at ${event.timestamp})`;
    case 'message.received':
      return `a ${event.data.message_type} message arrived (at ${event.timestamp})`;
    default:
      return `${event.type} (at ${event.timestamp ?? event.created_at})`;
  }
}
