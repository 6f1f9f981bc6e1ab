import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import { PortalSessionEntity } from '../entities';

/** Newest first, and no more than this many: expired sessions stay listed for audit but are never needed in bulk. */
const LIST_LIMIT = 100;

@Injectable()
export class PortalSessionRepository {
  private readonly repo: Repository<PortalSessionEntity>;
  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(PortalSessionEntity);
  }

  insert(session: Pick<PortalSessionEntity, 'workspaceId' | 'prefix' | 'tokenHash' | 'readOnly' | 'expiresAt'>): Promise<PortalSessionEntity> {
    return this.repo.save(this.repo.create(session));
  }

  /** Neither revoked nor expired at `now`. */
  findActiveByHash(tokenHash: string, now = new Date()): Promise<PortalSessionEntity | null> {
    return this.repo.findOneBy({ tokenHash, revokedAt: IsNull(), expiresAt: MoreThan(now) });
  }

  listForWorkspace(workspaceId: string): Promise<PortalSessionEntity[]> {
    return this.repo.find({ where: { workspaceId }, order: { createdAt: 'DESC' }, take: LIST_LIMIT });
  }

  /** Returns false when no unrevoked session with that id belongs to the workspace. */
  async revoke(workspaceId: string, id: string): Promise<boolean> {
    const result = await this.repo.update({ id, workspaceId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }
}
