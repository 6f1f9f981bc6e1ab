import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { WebhookEndpointEntity } from '../entities';

export type NewWebhookEndpoint = Pick<
  WebhookEndpointEntity,
  'workspaceId' | 'url' | 'description' | 'events' | 'filter' | 'headers' | 'enabled' | 'secret'
>;

@Injectable()
export class WebhookEndpointRepository {
  private readonly repo: Repository<WebhookEndpointEntity>;
  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(WebhookEndpointEntity);
  }

  insert(endpoint: NewWebhookEndpoint): Promise<WebhookEndpointEntity> {
    return this.repo.save(this.repo.create(endpoint));
  }

  findById(id: string): Promise<WebhookEndpointEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findForWorkspace(workspaceId: string, id: string): Promise<WebhookEndpointEntity | null> {
    return this.repo.findOneBy({ id, workspaceId });
  }

  countForWorkspace(workspaceId: string): Promise<number> {
    return this.repo.countBy({ workspaceId });
  }

  /** Every endpoint (enabled or not); dispatchers reconcile their consumers from this. */
  findAll(): Promise<WebhookEndpointEntity[]> {
    return this.repo.find();
  }

  save(endpoint: WebhookEndpointEntity): Promise<WebhookEndpointEntity> {
    return this.repo.save(endpoint);
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const result = await this.repo.delete({ id, workspaceId });
    return (result.affected ?? 0) > 0;
  }
}
