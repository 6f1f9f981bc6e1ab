import { Injectable } from '@nestjs/common';
import { cursorTimestampSql, KeysetPosition } from '@app/common';
import { DataSource, Repository } from 'typeorm';
import type { SealedEndpointFields } from '../encryption/endpoint-secrets';
import { WebhookEndpointEntity } from '../entities';
import { SETTLE_DELETED_ENDPOINT_SQL } from './delivery-sweep.repository';

export type NewWebhookEndpoint = Pick<
  WebhookEndpointEntity,
  'workspaceId' | 'url' | 'description' | 'events' | 'filter' | 'headers' | 'sensitiveHeaders' | 'enabled' | 'secret'
> &
  Partial<Pick<WebhookEndpointEntity, 'disabledReason' | 'disabledAt' | 'payloadFormat' | 'redact' | 'redactionKey' | 'rateLimitPerSecond'>>;

export interface EndpointPage {
  items: WebhookEndpointEntity[];
  /** Position of the last item when more items follow, else null. */
  next: KeysetPosition | null;
}

/** An endpoint as read, with a version that changes whenever the row does. */
export interface VersionedEndpoint {
  endpoint: WebhookEndpointEntity;
  version: string;
}

/** What a dispatcher reads to follow endpoints: changed rows, deleted ids, and when the read began (database clock). */
export interface EndpointChanges {
  readAt: Date;
  changed: VersionedEndpoint[];
  deleted: string[];
}

/** The count trigger refused an insert past the workspace's cap (see the endpoint-change-feed migration). */
function isCapReached(err: unknown): boolean {
  const e = err as { code?: string; message?: string; driverError?: { code?: string } };
  return (e.code ?? e.driverError?.code) === '23514' && (e.message ?? '').includes('endpoint_cap_reached');
}

/** Runs inside the transaction before it commits; throwing rolls the change back. */
export type BeforeCommit<T extends unknown[]> = (...args: T) => Promise<void>;

/** TypeORM answers an UPDATE … RETURNING with [rows, affected count]; a SELECT with the rows alone. */
function updatedRows<T>(result: unknown): T[] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? (result[0] as T[]) : (result as T[]);
}

const CURSOR_TS = cursorTimestampSql('e.created_at');

/** Rows with a stored secret or custom header value that does not start with $1 (a ciphertext prefix). */
const NOT_UNDER_PREFIX = `(NOT starts_with(secret, $1)
  OR (previous_secret IS NOT NULL AND NOT starts_with(previous_secret, $1))
  OR (redaction_key IS NOT NULL AND NOT starts_with(redaction_key, $1))
  OR EXISTS (SELECT 1 FROM jsonb_each_text(headers) h WHERE NOT starts_with(h.value, $1)))`;

/**
 * One statement, so one round trip and its own transaction: the cap is set for this transaction (read by
 * the count trigger, which fires at the end of the statement) by the subquery the row is selected from.
 */
const INSERT_WITHIN_CAP = `INSERT INTO webhook_endpoints (id, workspace_id, url, description, events, filter, headers, sensitive_headers,
    enabled, rate_limit_per_second, disabled_reason, disabled_at, secret, payload_format, redact, redaction_key)
  SELECT $2::uuid, $3::uuid, $4::text, $5::text, $6::text[], $7::jsonb, $8::jsonb, $9::text[],
    $10::boolean, $11::integer, $12::text, $13::timestamptz, $14::text, $15::text, $16::text[], $17::text
  FROM (SELECT set_config('wawh.endpoint_cap', $1, true)) cap
  RETURNING *`;

@Injectable()
export class WebhookEndpointRepository {
  private readonly repo: Repository<WebhookEndpointEntity>;
  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(WebhookEndpointEntity);
  }

  /**
   * Inserts unless the workspace would have more than `max` endpoints (null then). The count is kept by
   * a trigger in workspace_endpoint_counts, which refuses an insert past the cap this statement sets:
   * the insert locks the workspace's count row only until its own commit, so concurrent creates cannot
   * exceed the cap and nothing else is locked.
   */
  async createWithinLimit(endpoint: NewWebhookEndpoint & { id: string }, max: number): Promise<WebhookEndpointEntity | null> {
    try {
      const [row]: Record<string, unknown>[] = await this.repo.query(INSERT_WITHIN_CAP, [
        String(max),
        endpoint.id,
        endpoint.workspaceId,
        endpoint.url,
        endpoint.description,
        endpoint.events,
        JSON.stringify(endpoint.filter),
        JSON.stringify(endpoint.headers),
        endpoint.sensitiveHeaders,
        endpoint.enabled,
        endpoint.rateLimitPerSecond ?? null,
        endpoint.disabledReason ?? null,
        endpoint.disabledAt ?? null,
        endpoint.secret,
        endpoint.payloadFormat ?? 'full',
        endpoint.redact ?? [],
        endpoint.redactionKey ?? null,
      ]);
      return this.fromRow(row);
    } catch (err) {
      if (isCapReached(err)) return null;
      throw err;
    }
  }

  /** An entity from a row as PostgreSQL returns it (column names; arrays, JSON and dates already parsed by pg). */
  private fromRow(row: Record<string, unknown>): WebhookEndpointEntity {
    const entity = this.repo.create();
    for (const column of this.repo.metadata.columns) column.setEntityValue(entity, row[column.databaseName]);
    return entity;
  }

  /** How many endpoints the workspace has (committed ones). */
  async countForWorkspace(workspaceId: string): Promise<number> {
    const [row]: { endpoints: number }[] = await this.repo.query(`SELECT endpoints FROM workspace_endpoint_counts WHERE workspace_id = $1`, [workspaceId]);
    return row?.endpoints ?? 0;
  }

  /**
   * Locks the workspace's endpoint, applies `change` (which must assign, not mutate, array and object
   * fields), saves, and runs `beforeCommit(before, after)` before committing. Null when not found.
   */
  updateForWorkspace(
    workspaceId: string,
    id: string,
    change: (endpoint: WebhookEndpointEntity) => void,
    beforeCommit: BeforeCommit<[WebhookEndpointEntity, WebhookEndpointEntity]> = async () => undefined,
  ): Promise<WebhookEndpointEntity | null> {
    return this.dataSource.transaction(async (m) => {
      const current = await m.findOne(WebhookEndpointEntity, { where: { id, workspaceId }, lock: { mode: 'pessimistic_write' } });
      if (!current) return null;
      const before = Object.assign(new WebhookEndpointEntity(), current);
      change(current);
      const saved = await m.save(current);
      await beforeCommit(before, saved);
      return saved;
    });
  }

  /**
   * Deletes the workspace's endpoint, running `beforeCommit` before committing. Null when not found.
   * Its pending deliveries become endpoint_deleted in the same transaction; its delivery history stays
   * (deliveries have no foreign key) until retention.
   */
  deleteForWorkspace(workspaceId: string, id: string, beforeCommit: BeforeCommit<[WebhookEndpointEntity]>): Promise<WebhookEndpointEntity | null> {
    return this.dataSource.transaction(async (m) => {
      const current = await m.findOne(WebhookEndpointEntity, { where: { id, workspaceId }, lock: { mode: 'pessimistic_write' } });
      if (!current) return null;
      await m.delete(WebhookEndpointEntity, { id, workspaceId });
      await m.query(SETTLE_DELETED_ENDPOINT_SQL, [id]);
      await beforeCommit(current);
      return current;
    });
  }

  /** Newest first, keyset-paginated so inserts between pages neither repeat nor skip items. */
  async listPage(workspaceId: string, limit: number, after: KeysetPosition | null): Promise<EndpointPage> {
    const qb = this.repo
      .createQueryBuilder('e')
      .addSelect(CURSOR_TS, 'cursor_ts')
      .where('e.workspace_id = :workspaceId', { workspaceId })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit + 1);
    if (after) {
      qb.andWhere('(e.created_at, e.id) < (CAST(:afterTs AS timestamptz), CAST(:afterId AS uuid))', {
        afterTs: after.createdAt,
        afterId: after.id,
      });
    }
    const { entities, raw } = await qb.getRawAndEntities<{ cursor_ts: string }>();
    const items = entities.slice(0, limit);
    const next = entities.length > limit ? { createdAt: raw[limit - 1].cursor_ts, id: items[limit - 1].id } : null;
    return { items, next };
  }

  findById(id: string): Promise<WebhookEndpointEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findForWorkspace(workspaceId: string, id: string): Promise<WebhookEndpointEntity | null> {
    return this.repo.findOneBy({ id, workspaceId });
  }

  /** Every endpoint (enabled or not); dispatchers reconcile their consumers from this. */
  findAll(): Promise<WebhookEndpointEntity[]> {
    return this.repo.find();
  }

  /** Every endpoint with its version, and the database time the read started. */
  async readAll(): Promise<EndpointChanges> {
    const readAt = await this.databaseNow();
    return { readAt, changed: await this.versioned(), deleted: [] };
  }

  /**
   * Endpoints created or changed at or after `since` (by updated_at, stamped at the start of the writing
   * transaction) and ids deleted at or after it, with the database time the read started. A caller
   * passing its last `readAt` minus a margin longer than any endpoint transaction misses no commit.
   */
  async changesSince(since: Date): Promise<EndpointChanges> {
    const readAt = await this.databaseNow();
    const changed = await this.versioned(since);
    const deleted: { endpoint_id: string }[] = await this.repo.query(`SELECT endpoint_id FROM webhook_endpoint_deletions WHERE deleted_at >= $1`, [since]);
    return { readAt, changed, deleted: deleted.map((d) => d.endpoint_id) };
  }

  /** The endpoints among `ids` that exist, with their versions (control messages, a replica taking over a share). */
  async findVersionedMany(ids: string[]): Promise<VersionedEndpoint[]> {
    return ids.length ? this.versioned(null, ids) : [];
  }

  /** Forgets deletions older than `before` (every reader has seen them, or reads everything anyway). */
  async pruneDeletions(before: Date): Promise<number> {
    const rows = updatedRows<{ endpoint_id: string }>(
      await this.repo.query(`DELETE FROM webhook_endpoint_deletions WHERE deleted_at < $1 RETURNING endpoint_id`, [before]),
    );
    return rows.length;
  }

  private async databaseNow(): Promise<Date> {
    const [row]: { now: Date }[] = await this.repo.query(`SELECT clock_timestamp() AS now`);
    return new Date(row.now);
  }

  private async versioned(since: Date | null = null, ids: string[] | null = null): Promise<VersionedEndpoint[]> {
    // Microseconds, as stored: two changes within one millisecond still differ.
    const qb = this.repo.createQueryBuilder('e').addSelect(`(extract(epoch from e.updated_at) * 1000000)::bigint::text`, 'version');
    if (since) qb.andWhere('e.updated_at >= :since', { since });
    if (ids) qb.andWhere('e.id IN (:...ids)', { ids });
    const { entities, raw } = await qb.getRawAndEntities<{ version: string }>();
    return entities.map((endpoint, i) => ({ endpoint, version: raw[i].version }));
  }

  /**
   * Key rotation: locks (FOR UPDATE) up to `limit` endpoints with a stored secret or header value that
   * does not start with `activePrefix`, rewrites them with `reseal` and commits. Returns how many rows
   * it rewrote; 0 means none is left. A concurrent API change to one of them waits for the commit.
   */
  reencryptBatch(activePrefix: string, limit: number, reseal: (fields: SealedEndpointFields) => SealedEndpointFields): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows: { id: string; secret: string; previous_secret: string | null; headers: Record<string, string> | null; redaction_key: string | null }[] =
        await m.query(
          `SELECT id, secret, previous_secret, headers, redaction_key FROM webhook_endpoints
         WHERE ${NOT_UNDER_PREFIX}
         ORDER BY id LIMIT $2 FOR UPDATE`,
          [activePrefix, limit],
        );
      for (const row of rows) {
        const next = reseal({ secret: row.secret, previousSecret: row.previous_secret, headers: row.headers ?? {}, redactionKey: row.redaction_key });
        await m.query(`UPDATE webhook_endpoints SET secret = $2, previous_secret = $3, headers = $4, redaction_key = $5 WHERE id = $1`, [
          row.id,
          next.secret,
          next.previousSecret,
          JSON.stringify(next.headers),
          next.redactionKey ?? null,
        ]);
      }
      return rows.length;
    });
  }

  /** Endpoints with a stored secret or header value not under `activePrefix` (what re-encryption has left). */
  async countNotUnder(activePrefix: string): Promise<number> {
    const [row] = await this.repo.query(
      `SELECT count(*)::int AS n FROM webhook_endpoints
       WHERE ${NOT_UNDER_PREFIX}`,
      [activePrefix],
    );
    return row.n;
  }

  // --- Delivery health (dispatcher) ---

  /** A 2xx was received: the endpoint is healthy again. */
  /** A successful attempt: closes the failing run. Returns the start of the run it closed (null when none was open). */
  async recordDeliverySuccess(id: string, at: Date): Promise<Date | null> {
    const rows = updatedRows<{ ended: Date | null }>(
      await this.repo.query(
        `UPDATE webhook_endpoints e SET last_success_at = GREATEST(COALESCE(e.last_success_at, $2), $2), failing_since = NULL
       FROM (SELECT id, failing_since FROM webhook_endpoints WHERE id = $1 FOR UPDATE) old
       WHERE e.id = old.id RETURNING old.failing_since AS ended`,
        [id, at],
      ),
    );
    return rows[0]?.ended ?? null;
  }

  /** A failed attempt: starts the failing run if none is open. Returns its start (null when the endpoint is gone). */
  async recordDeliveryFailure(id: string, at: Date): Promise<Date | null> {
    const rows = updatedRows<{ failing_since: Date }>(
      await this.repo.query(`UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $2) WHERE id = $1 RETURNING failing_since`, [id, at]),
    );
    return rows[0]?.failing_since ?? null;
  }

  /**
   * Disables an enabled endpoint, once (the first caller wins across replicas). With `failingBefore`,
   * only if its failing run started at or before that time. Returns the endpoint as disabled, or null.
   */
  async disableForDelivery(id: string, reason: string, at: Date, failingBefore: Date | null = null): Promise<WebhookEndpointEntity | null> {
    const rows = updatedRows<{ id: string }>(
      await this.repo.query(
        `UPDATE webhook_endpoints SET enabled = false, disabled_reason = $2, disabled_at = $3, updated_at = now()
       WHERE id = $1 AND enabled AND ($4::timestamptz IS NULL OR (failing_since IS NOT NULL AND failing_since <= $4))
       RETURNING id`,
        [id, reason, at, failingBefore],
      ),
    );
    return rows.length > 0 ? this.findById(id) : null;
  }
}
