import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { buildDeliveryRequest, OutboundResponse, SecureHttpClient } from '@app/delivery';
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
   * One attempt; `body` is sent byte for byte as signed. Never throws (the transport consumes only
   * endpoints whose secrets it could decrypt, so opening them here is a memory lookup).
   */
  send(endpoint: WebhookEndpointEntity, eventId: string, body: Buffer, now = new Date()): Promise<OutboundResponse> {
    return this.client.post(buildDeliveryRequest(this.secrets.open(endpoint), eventId, body, now));
  }

  /** Runs after the transport's bounded drain: whatever is still in flight is abandoned (and requeued). */
  onApplicationShutdown(): Promise<void> {
    return this.client.destroy();
  }
}
