import { Injectable } from '@nestjs/common';
import { DataSource, In, Repository } from 'typeorm';
import { BusinessPortfolioEntity } from '../entities';

@Injectable()
export class BusinessPortfolioRepository {
  private readonly repo: Repository<BusinessPortfolioEntity>;
  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(BusinessPortfolioEntity);
  }

  findByBusinessId(businessId: string): Promise<BusinessPortfolioEntity | null> {
    return this.repo.findOneBy({ businessId });
  }

  findByBusinessIds(businessIds: string[]): Promise<BusinessPortfolioEntity[]> {
    return businessIds.length === 0 ? Promise.resolve([]) : this.repo.findBy({ businessId: In(businessIds) });
  }

  listForWorkspace(workspaceId: string): Promise<BusinessPortfolioEntity[]> {
    return this.repo.find({ where: { workspaceId }, order: { createdAt: 'ASC' } });
  }

  insert(businessId: string, workspaceId: string): Promise<BusinessPortfolioEntity> {
    return this.repo.save(this.repo.create({ businessId, workspaceId }));
  }

  async delete(workspaceId: string, businessId: string): Promise<boolean> {
    const result = await this.repo.delete({ businessId, workspaceId });
    return (result.affected ?? 0) > 0;
  }
}
