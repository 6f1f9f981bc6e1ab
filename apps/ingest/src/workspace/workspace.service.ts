import { Injectable } from '@nestjs/common';
import { DomainException } from '@app/common';
import { WhatsappAccountRepository, WorkspaceRepository } from '@app/persistence';
import { CurrentWorkspaceDto } from './dto/workspace.dto';

@Injectable()
export class WorkspaceService {
  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly accounts: WhatsappAccountRepository,
  ) {}

  async describe(workspaceId: string): Promise<CurrentWorkspaceDto> {
    const workspace = await this.workspaces.findById(workspaceId);
    if (!workspace) throw DomainException.notFound('workspace');
    const accounts = await this.accounts.listForWorkspace(workspaceId);
    return { id: workspace.id, name: workspace.name, waba_ids: accounts.map((a) => a.wabaId), created_at: workspace.createdAt.toISOString() };
  }
}
