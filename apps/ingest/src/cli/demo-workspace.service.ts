import { Injectable } from '@nestjs/common';
import { ApiKeyRepository, WorkspaceRepository } from '@app/persistence';
import { ProvisioningService } from '../admin/provisioning.service';

export const DEMO_WORKSPACE_NAME = 'Demo workspace';
export const DEMO_WABA_ID = '100000000000001';
export const DEMO_PHONE_NUMBER_ID = '100000000000002';
const DEMO_KEY_LABEL = 'demo (npm start)';

export interface DemoWorkspace {
  workspace_id: string;
  waba_id: string;
  phone_number_id: string;
  api_key: string;
  created: boolean;
}

/**
 * The local demo: one workspace with a linked WABA. Keys are stored hashed, so each start issues a
 * fresh demo key (revoking the previous one) to be able to print it.
 */
@Injectable()
export class DemoWorkspaceService {
  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly apiKeys: ApiKeyRepository,
    private readonly provisioning: ProvisioningService,
  ) {}

  async ensure(): Promise<DemoWorkspace> {
    const existing = await this.workspaces.findByName(DEMO_WORKSPACE_NAME);
    const workspace = existing ?? (await this.workspaces.create(DEMO_WORKSPACE_NAME));
    await this.provisioning.linkWhatsappAccount(workspace.id, DEMO_WABA_ID);
    await this.apiKeys.revokeByLabel(workspace.id, DEMO_KEY_LABEL);
    const key = await this.provisioning.issueApiKey(workspace.id, DEMO_KEY_LABEL);
    return {
      workspace_id: workspace.id,
      waba_id: DEMO_WABA_ID,
      phone_number_id: DEMO_PHONE_NUMBER_ID,
      api_key: key.api_key,
      created: !existing,
    };
  }
}
