import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { WorkspaceEntity } from '../entities';

@Injectable()
export class WorkspaceRepository {
  private readonly repo: Repository<WorkspaceEntity>;
  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(WorkspaceEntity);
  }

  create(name: string): Promise<WorkspaceEntity> {
    return this.repo.save(this.repo.create({ name }));
  }

  findById(id: string): Promise<WorkspaceEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByName(name: string): Promise<WorkspaceEntity | null> {
    return this.repo.findOne({ where: { name }, order: { createdAt: 'ASC' } });
  }
}
