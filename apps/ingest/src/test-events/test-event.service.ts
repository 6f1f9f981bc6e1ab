import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DomainException, isUuid } from '@app/common';
import { attemptRecordOf, buildDeliveryRequest, deliveryBody, payloadOptionsOf, SecureHttpClient } from '@app/delivery';
import { EVENT_TYPE_NAMES, EventEnvelope, findEventType, isoSeconds } from '@app/events';
import { DeliveryRepository, eventDayOf, EventRepository, openEndpoint, SecretCipher, WebhookEndpointRepository } from '@app/persistence';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { TestEventResultDto } from './dto/test-event.dto';

/**
 * Sends the catalog example of a type to one endpoint, marked `test: true`, signed like production,
 * through the same outbound client as deliveries, and answers with the outcome. The event and the
 * attempt are kept, so they show in the delivery log.
 */
@Injectable()
export class TestEventService implements OnApplicationShutdown {
  constructor(
    private readonly client: SecureHttpClient,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly events: EventRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly cipher: SecretCipher,
    private readonly rateLimits: RateLimitService,
  ) {}

  async send(workspaceId: string, endpointId: string, type: string): Promise<TestEventResultDto> {
    const endpoint = isUuid(endpointId) ? await this.endpoints.findForWorkspace(workspaceId, endpointId) : null;
    if (!endpoint) throw DomainException.notFound('webhook');
    const definition = findEventType(type);
    if (!definition) throw DomainException.validation('type', `unknown event type; valid: ${EVENT_TYPE_NAMES.join(', ')}`);
    // Each test is a real outbound call chosen by the caller: a handful per endpoint per minute.
    this.rateLimits.takeTestEvent(endpoint.id);

    const now = new Date();
    const envelope: EventEnvelope = {
      id: `evt_test_${randomBytes(12).toString('base64url')}`,
      type,
      created_at: isoSeconds(now),
      timestamp: now.toISOString(),
      workspace_id: workspaceId,
      waba_id: null,
      phone_number_id: null,
      data: definition.example,
      raw: null,
      test: true,
    };
    await this.events.insertNew([
      { id: envelope.id, workspaceId, type, wabaId: null, phoneNumberId: null, envelope: envelope as unknown as Record<string, unknown>, createdAt: now },
    ]);
    // Never for the outbox: a test goes to this one endpoint only.
    await this.events.markPublished([{ id: envelope.id, createdAt: now }]);

    // Shaped like a real delivery to this endpoint (thin, without raw, redacted).
    const target = openEndpoint(this.cipher, endpoint);
    const body = deliveryBody(payloadOptionsOf(endpoint), Buffer.from(JSON.stringify(envelope)), target.redactionKey);
    const result = await this.client.post(buildDeliveryRequest(target, envelope.id, body, now));
    await this.deliveries.recordAttempts([
      attemptRecordOf(
        { eventId: envelope.id, endpointId: endpoint.id, workspaceId, eventType: type, eventDay: eventDayOf(envelope.created_at), attempt: 1, trigger: 'test' },
        now,
        result,
        {
          state: result.ok ? 'succeeded' : 'failed',
        },
      ),
    ]);
    return {
      event_id: envelope.id,
      success: result.ok,
      status_code: result.statusCode,
      duration_ms: result.durationMs,
      error_class: result.errorClass,
      error_message: result.errorMessage,
      response_body: result.responseBody,
    };
  }

  onApplicationShutdown(): Promise<void> {
    return this.client.close();
  }
}
