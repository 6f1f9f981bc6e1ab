import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { buildDeliveryRequest, deliveryBody, OutboundResponse, payloadOptionsOf, SecureHttpClient } from '@app/delivery';
import { WebhookEndpointEntity } from '@app/persistence';
import { EndpointSecrets } from './endpoint-secrets.service';

/** Signs one event body for one endpoint and POSTs it through the one secure client. */
@Injectable()
export class WebhookDeliveryService implements OnApplicationShutdown {
  constructor(
    private readonly client: SecureHttpClient,
    private readonly secrets: EndpointSecrets,
  ) {}

  /**
   * One attempt: the stored `body`, or the envelope shaped by the endpoint's payload options, is sent
   * byte for byte as signed. Never throws (the transport consumes only endpoints whose secrets it
   * could decrypt, so opening them here is a memory lookup; the API gives a redacting endpoint its
   * redaction key together with the option).
   */
  send(endpoint: WebhookEndpointEntity, eventId: string, body: Buffer, now = new Date()): Promise<OutboundResponse> {
    const target = this.secrets.open(endpoint);
    const sent = deliveryBody(payloadOptionsOf(endpoint), body, target.redactionKey);
    return this.client.post(buildDeliveryRequest(target, eventId, sent, now));
  }

  /** Runs after the transport's bounded drain: whatever is still in flight is abandoned (and requeued). */
  onApplicationShutdown(): Promise<void> {
    return this.client.destroy();
  }
}
