import { Injectable } from '@nestjs/common';
import { BusinessPortfolioRepository, WhatsappAccountRepository } from '@app/persistence';

const TTL_MS = 5_000;

/**
 * Which workspace owns each WABA and each business portfolio, cached for a few seconds so a group
 * commit under load does not look them up every time. Only found owners are cached: a link made a
 * moment ago is seen at once; an unlink is seen at once on this replica (invalidate) and within
 * TTL_MS on the others.
 */
@Injectable()
export class WabaOwnerCache {
  private readonly wabaOwners = new Map<string, { workspaceId: string; until: number }>();
  private readonly businessOwners = new Map<string, { workspaceId: string; until: number }>();

  constructor(
    private readonly accounts: WhatsappAccountRepository,
    private readonly portfolios: BusinessPortfolioRepository,
  ) {}

  /** WABA id → workspace id, for the WABAs that are linked. */
  ownersOf(wabaIds: Iterable<string>): Promise<Map<string, string>> {
    return this.lookup(this.wabaOwners, wabaIds, async (missing) => (await this.accounts.findByWabaIds(missing)).map((a) => [a.wabaId, a.workspaceId]));
  }

  /** Business portfolio id → workspace id, for the portfolios that are linked. */
  businessOwnersOf(businessIds: Iterable<string>): Promise<Map<string, string>> {
    return this.lookup(this.businessOwners, businessIds, async (missing) =>
      (await this.portfolios.findByBusinessIds(missing)).map((p) => [p.businessId, p.workspaceId]),
    );
  }

  invalidate(wabaId: string): void {
    this.wabaOwners.delete(wabaId);
  }

  invalidateBusiness(businessId: string): void {
    this.businessOwners.delete(businessId);
  }

  private async lookup(
    cache: Map<string, { workspaceId: string; until: number }>,
    ids: Iterable<string>,
    load: (missing: string[]) => Promise<[string, string][]>,
  ): Promise<Map<string, string>> {
    const now = Date.now();
    const found = new Map<string, string>();
    const missing: string[] = [];
    for (const id of ids) {
      // No link can have it, and PostgreSQL refuses NUL in a text parameter (the whole lookup would fail).
      if (id.includes('\u0000')) continue;
      const hit = cache.get(id);
      if (hit && hit.until > now) found.set(id, hit.workspaceId);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const [id, workspaceId] of await load(missing)) {
        found.set(id, workspaceId);
        cache.set(id, { workspaceId, until: now + TTL_MS });
      }
    }
    return found;
  }
}
