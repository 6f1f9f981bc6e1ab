import type { ConfirmChannel } from 'amqplib';

/**
 * Publishes one event envelope straight to the events exchange, as the ingest's outbox would, for
 * dispatcher tests that do not need the Meta path. Confirms are the caller's to wait for (one wait
 * covers a burst).
 */
export function publishEnvelope(
  ch: ConfirmChannel,
  event: { id: string; workspaceId: string; type: string; data?: Record<string, unknown>; wabaId?: string; phoneNumberId?: string | null },
): void {
  const envelope = {
    id: event.id,
    type: event.type,
    created_at: new Date().toISOString(),
    workspace_id: event.workspaceId,
    waba_id: event.wabaId ?? 'w',
    phone_number_id: event.phoneNumberId ?? null,
    data: event.data ?? {},
    raw: null,
  };
  ch.publish('wawh.events', `${event.workspaceId}.${event.type}`, Buffer.from(JSON.stringify(envelope)), {
    persistent: true,
    messageId: event.id,
    contentType: 'application/json',
  });
}
