import { Injectable } from '@nestjs/common';
import { WhatsappAccountRepository } from '@app/persistence';

const TTL_MS = 5_000;

/**
 * Which workspace owns each WABA, cached for a few seconds so a group commit under load does not
 * look it up every time. Only found owners are cached: a WABA linked a moment ago is seen at once;
 * an unlink is seen at once on this replica (invalidate) and within TTL_MS on the others.
 */
@Injectable()
export class WabaOwnerCache {
  private readonly owners = new Map<string, { workspaceId: string; until: number }>();

  constructor(private readonly accounts: WhatsappAccountRepository) {}

  async ownersOf(wabaIds: Iterable<string>): Promise<Map<string, string>> {
    const now = Date.now();
    const found = new Map<string, string>();
    const missing: string[] = [];
    for (const id of wabaIds) {
      const hit = this.owners.get(id);
      if (hit && hit.until > now) found.set(id, hit.workspaceId);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const a of await this.accounts.findByWabaIds(missing)) {
        found.set(a.wabaId, a.workspaceId);
        this.owners.set(a.wabaId, { workspaceId: a.workspaceId, until: now + TTL_MS });
      }
    }
    return found;
  }

  invalidate(wabaId: string): void {
    this.owners.delete(wabaId);
  }
}
