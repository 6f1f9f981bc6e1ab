import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@app/common';
import { BusinessPortfolioEntity, BusinessPortfolioRepository, WorkspaceRepository } from '@app/persistence';
import { WabaOwnerCache } from '../ingest-pipeline/waba-owner-cache.service';
import { BusinessPortfolioDto } from './dto/business-portfolio.dto';

const toDto = (p: BusinessPortfolioEntity): BusinessPortfolioDto => ({
  business_id: p.businessId,
  workspace_id: p.workspaceId,
  created_at: p.createdAt.toISOString(),
});

/** Business portfolio links: which workspace receives the partner webhooks of a portfolio. */
@Injectable()
export class BusinessPortfolioService {
  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly portfolios: BusinessPortfolioRepository,
    private readonly owners: WabaOwnerCache,
  ) {}

  /** Idempotent for the same workspace; a portfolio belongs to one workspace only (409 otherwise). */
  async link(workspaceId: string, businessId: string): Promise<BusinessPortfolioDto> {
    await this.requireWorkspace(workspaceId);
    const existing = await this.portfolios.findByBusinessId(businessId);
    if (existing && existing.workspaceId !== workspaceId) {
      throw new DomainException(ErrorCode.Conflict, `business portfolio ${businessId} is linked to another workspace`, [
        { field: 'business_id', reason: 'already linked to another workspace' },
      ]);
    }
    return toDto(existing ?? (await this.portfolios.insert(businessId, workspaceId)));
  }

  async list(workspaceId: string): Promise<BusinessPortfolioDto[]> {
    await this.requireWorkspace(workspaceId);
    return (await this.portfolios.listForWorkspace(workspaceId)).map(toDto);
  }

  async unlink(workspaceId: string, businessId: string): Promise<void> {
    if (!(await this.portfolios.delete(workspaceId, businessId))) throw DomainException.notFound('linked business portfolio');
    this.owners.invalidateBusiness(businessId);
  }

  private async requireWorkspace(id: string): Promise<void> {
    if (!(await this.workspaces.findById(id))) throw DomainException.notFound('workspace');
  }
}
