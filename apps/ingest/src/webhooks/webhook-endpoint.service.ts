import { Injectable } from '@nestjs/common';
import { DomainException } from '@app/common';
import { generateWebhookSecret } from '@app/delivery';
import { EndpointTopology } from '@app/messaging';
import { WebhookEndpointRepository } from '@app/persistence';
import { CreateWebhookDto, WebhookCreatedDto } from './dto/create-webhook.dto';

@Injectable()
export class WebhookEndpointService {
  constructor(
    private readonly endpoints: WebhookEndpointRepository,
    private readonly topology: EndpointTopology,
  ) {}

  /** Stores the endpoint and binds its queue before answering, so the next event already reaches it. */
  async create(workspaceId: string, dto: CreateWebhookDto): Promise<WebhookCreatedDto> {
    if (!/^https?:\/\//.test(dto.url)) throw DomainException.validation('url', 'url must be an absolute http(s) URL');
    const endpoint = await this.endpoints.insert({
      workspaceId,
      url: dto.url,
      description: '',
      events: dto.events,
      filter: {},
      headers: {},
      enabled: true,
      secret: generateWebhookSecret(),
    });
    await this.topology.apply(null, endpoint);
    return {
      id: endpoint.id,
      url: endpoint.url,
      events: endpoint.events,
      secret: endpoint.secret,
      created_at: endpoint.createdAt.toISOString(),
    };
  }
}
