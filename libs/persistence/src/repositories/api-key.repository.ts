import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Repository } from 'typeorm';
import { ApiKeyEntity } from '../entities';

@Injectable()
export class ApiKeyRepository {
  private readonly repo: Repository<ApiKeyEntity>;
  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(ApiKeyEntity);
  }

  insert(key: Pick<ApiKeyEntity, 'workspaceId' | 'prefix' | 'keyHash' | 'label'>): Promise<ApiKeyEntity> {
    return this.repo.save(this.repo.create(key));
  }

  findActiveByHash(keyHash: string): Promise<ApiKeyEntity | null> {
    return this.repo.findOneBy({ keyHash, revokedAt: IsNull() });
  }

  listForWorkspace(workspaceId: string): Promise<ApiKeyEntity[]> {
    return this.repo.find({ where: { workspaceId }, order: { createdAt: 'DESC' } });
  }

  /** Returns false when no active key with that id belongs to the workspace. */
  async revoke(workspaceId: string, id: string): Promise<boolean> {
    const result = await this.repo.update({ id, workspaceId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  async revokeByLabel(workspaceId: string, label: string): Promise<void> {
    await this.repo.update({ workspaceId, label, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
