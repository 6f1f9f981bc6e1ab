import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@app/common';
import {
  ApiKeyEntity,
  ApiKeyRepository,
  PhoneNumberEntity,
  PhoneNumberRepository,
  WhatsappAccountEntity,
  WhatsappAccountRepository,
  WorkspaceRepository,
} from '@app/persistence';
import { normaliseDisplayNumber } from '../ingest-pipeline/phone-number-directory.service';
import { issueApiKey } from '../auth/api-key';
import { WabaOwnerCache } from '../ingest-pipeline/waba-owner-cache.service';
import { PhoneNumberInputDto } from './dto/phone-number.dto';
import { ApiKeyDto, IssuedApiKeyDto, WhatsappAccountDto, WorkspaceCreatedDto } from './dto/provisioning.dto';

const toApiKeyDto = (k: ApiKeyEntity): ApiKeyDto => ({
  id: k.id,
  prefix: k.prefix,
  label: k.label,
  created_at: k.createdAt.toISOString(),
  revoked_at: k.revokedAt?.toISOString() ?? null,
});

const toWhatsappAccountDto = (a: WhatsappAccountEntity, numbers: PhoneNumberEntity[]): WhatsappAccountDto => ({
  waba_id: a.wabaId,
  workspace_id: a.workspaceId,
  created_at: a.createdAt.toISOString(),
  phone_numbers: numbers
    .filter((n) => n.wabaId === a.wabaId)
    .map((n) => ({ phone_number_id: n.phoneNumberId, display_phone_number: n.displayPhoneNumber, updated_at: n.updatedAt.toISOString() })),
});

/** What the platform's main backend calls: workspaces, their API keys and their WhatsApp accounts. */
@Injectable()
export class ProvisioningService {
  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly apiKeys: ApiKeyRepository,
    private readonly accounts: WhatsappAccountRepository,
    private readonly owners: WabaOwnerCache,
    private readonly phoneNumbers: PhoneNumberRepository,
  ) {}

  async createWorkspace(name = 'Workspace'): Promise<WorkspaceCreatedDto> {
    const workspace = await this.workspaces.create(name);
    const issued = await this.issueApiKey(workspace.id, 'default');
    return { id: workspace.id, name: workspace.name, api_key: issued.api_key, api_key_prefix: issued.prefix };
  }

  async issueApiKey(workspaceId: string, label = ''): Promise<IssuedApiKeyDto> {
    await this.requireWorkspace(workspaceId);
    const issued = issueApiKey();
    const stored = await this.apiKeys.insert({ workspaceId, prefix: issued.prefix, keyHash: issued.hash, label });
    return { ...toApiKeyDto(stored), api_key: issued.key };
  }

  async listApiKeys(workspaceId: string): Promise<ApiKeyDto[]> {
    await this.requireWorkspace(workspaceId);
    return (await this.apiKeys.listForWorkspace(workspaceId)).map(toApiKeyDto);
  }

  async revokeApiKey(workspaceId: string, keyId: string): Promise<void> {
    if (!(await this.apiKeys.revoke(workspaceId, keyId))) throw DomainException.notFound('active API key');
  }

  async linkWhatsappAccount(workspaceId: string, wabaId: string, phoneNumbers: PhoneNumberInputDto[] = []): Promise<WhatsappAccountDto> {
    await this.requireWorkspace(workspaceId);
    const existing = await this.accounts.findByWabaId(wabaId);
    if (existing && existing.workspaceId !== workspaceId) {
      throw new DomainException(ErrorCode.Conflict, `WABA ${wabaId} is linked to another workspace`, [
        { field: 'waba_id', reason: 'already linked to another workspace' },
      ]);
    }
    const account = existing ?? (await this.accounts.insert(wabaId, workspaceId));
    // Digits only: the validator guarantees at least one, so every entry maps.
    await this.phoneNumbers.upsertMany(
      phoneNumbers.map((p) => ({ phoneNumberId: p.phone_number_id, wabaId, displayPhoneNumber: normaliseDisplayNumber(p.display_phone_number) ?? '' })),
    );
    return toWhatsappAccountDto(account, await this.phoneNumbers.listForWabas([wabaId]));
  }

  async listWhatsappAccounts(workspaceId: string): Promise<WhatsappAccountDto[]> {
    await this.requireWorkspace(workspaceId);
    const accounts = await this.accounts.listForWorkspace(workspaceId);
    const numbers = await this.phoneNumbers.listForWabas(accounts.map((a) => a.wabaId));
    return accounts.map((a) => toWhatsappAccountDto(a, numbers));
  }

  async unlinkWhatsappAccount(workspaceId: string, wabaId: string): Promise<void> {
    if (!(await this.accounts.delete(workspaceId, wabaId))) throw DomainException.notFound('linked WhatsApp account');
    this.owners.invalidate(wabaId);
  }

  private async requireWorkspace(id: string): Promise<void> {
    if (!(await this.workspaces.findById(id))) throw DomainException.notFound('workspace');
  }
}
