import { Injectable } from '@nestjs/common';
import { DataSource, In, Repository } from 'typeorm';
import { WhatsappAccountEntity } from '../entities';

@Injectable()
export class WhatsappAccountRepository {
  private readonly repo: Repository<WhatsappAccountEntity>;
  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(WhatsappAccountEntity);
  }

  findByWabaId(wabaId: string): Promise<WhatsappAccountEntity | null> {
    return this.repo.findOneBy({ wabaId });
  }

  findByWabaIds(wabaIds: string[]): Promise<WhatsappAccountEntity[]> {
    return wabaIds.length === 0 ? Promise.resolve([]) : this.repo.findBy({ wabaId: In(wabaIds) });
  }

  listForWorkspace(workspaceId: string): Promise<WhatsappAccountEntity[]> {
    return this.repo.find({ where: { workspaceId }, order: { createdAt: 'ASC' } });
  }

  insert(wabaId: string, workspaceId: string): Promise<WhatsappAccountEntity> {
    return this.repo.save(this.repo.create({ wabaId, workspaceId }));
  }

  async delete(workspaceId: string, wabaId: string): Promise<boolean> {
    const result = await this.repo.delete({ wabaId, workspaceId });
    return (result.affected ?? 0) > 0;
  }
}
