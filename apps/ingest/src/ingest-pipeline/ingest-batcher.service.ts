import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { JsonLogger } from '@app/common';
import { buildEnvelope, EventEnvelope, TranslatedEvent } from '@app/events';
import { EventRepository, NewUnhandledChange, UnhandledChangeRepository, UnhandledReason } from '@app/persistence';
import { GroupCommitQueue } from './group-commit-queue';
import { IngestMetrics } from './ingest-metrics.service';
import { OutboxService } from './outbox.service';
import { WabaOwnerCache } from './waba-owner-cache.service';

/** One change of a Meta POST, already run through its translator (or classified as unhandled). */
export interface PendingChange {
  object: string;
  wabaId: string | null;
  field: string | null;
  value: unknown;
  /**
   * Content key of the change (field, entry time, value): Meta resending it yields the same key.
   * A function, so the hash is computed only for the changes stored as unhandled (not on the hot path).
   */
  key: () => string;
  /** Events produced by the translator; ignored when `unhandled` is set. */
  events: TranslatedEvent[];
  unhandled?: { reason: UnhandledReason; error: string | null };
}

/** What one Meta POST brings to the group commit. */
export interface IngestRequest {
  changes: PendingChange[];
}

export interface IngestResult {
  /** Events stored for the first time (and handed to the outbox). */
  events: number;
  /** Events already stored before (Meta resent them). */
  duplicates: number;
  /** Changes kept as unhandled. */
  unhandled: number;
}

const MAX_ROWS_PER_COMMIT = 2000;
const MAX_CONCURRENT_COMMITS = 3;

/**
 * Group commit of Meta POSTs: the changes of every request that arrived while the previous transaction
 * ran are stored together (one multi-row INSERT … ON CONFLICT (id) DO NOTHING RETURNING id).
 * Each request's promise resolves only after that commit; the events inserted for the first time are
 * then handed to the outbox, which publishes them without making Meta wait for the broker.
 */
@Injectable()
export class IngestBatcher implements OnModuleDestroy {
  private readonly logger = new Logger('IngestBatcher');
  private readonly queue: GroupCommitQueue<IngestRequest, IngestResult>;

  constructor(
    private readonly owners: WabaOwnerCache,
    private readonly events: EventRepository,
    private readonly unhandled: UnhandledChangeRepository,
    private readonly outbox: OutboxService,
    private readonly metrics: IngestMetrics,
  ) {
    this.queue = new GroupCommitQueue((items) => this.commit(items), { maxBatchWeight: MAX_ROWS_PER_COMMIT, maxInFlight: MAX_CONCURRENT_COMMITS }, (r) =>
      r.changes.reduce((n, c) => n + Math.max(1, c.events.length), 0),
    );
  }

  submit(request: IngestRequest): Promise<IngestResult> {
    return this.queue.submit(request);
  }

  drain(): Promise<void> {
    return this.queue.drain();
  }

  /** Shutdown: requests already accepted are committed before the outbox and the pool stop. */
  onModuleDestroy(): Promise<void> {
    return this.drain();
  }

  private async commit(requests: IngestRequest[]): Promise<IngestResult[]> {
    const started = process.hrtime.bigint();
    const wabaIds = new Set<string>();
    for (const r of requests) for (const c of r.changes) if (c.wabaId !== null && c.unhandled?.reason !== 'unknown_object') wabaIds.add(c.wabaId);
    const owners = await this.owners.ownersOf(wabaIds);

    const perRequest: { envelopes: EventEnvelope[]; skipped: NewUnhandledChange[] }[] = requests.map((r) => {
      const envelopes: EventEnvelope[] = [];
      const skipped: NewUnhandledChange[] = [];
      for (const c of r.changes) {
        const base = { object: c.object, wabaId: c.wabaId, field: c.field, value: c.value };
        const workspaceId = c.wabaId === null ? undefined : owners.get(c.wabaId);
        if (c.unhandled?.reason === 'unknown_object') skipped.push({ ...base, ...c.unhandled, dedupKey: c.key() });
        else if (!workspaceId) skipped.push({ ...base, reason: 'unknown_waba', error: null, dedupKey: c.key() });
        else if (c.unhandled) skipped.push({ ...base, ...c.unhandled, dedupKey: c.key() });
        else for (const e of c.events) envelopes.push(buildEnvelope(workspaceId, c.wabaId!, c.wabaId!, { field: c.field!, value: c.value }, e));
      }
      return { envelopes, skipped };
    });

    // One row per id: the same event may come in two concurrent requests (a fast Meta retry).
    const rows = new Map<string, EventEnvelope>();
    for (const r of perRequest) for (const e of r.envelopes) if (!rows.has(e.id)) rows.set(e.id, e);
    const skipped = perRequest.flatMap((r) => r.skipped);

    // No explicit transaction: each INSERT is atomic on its own, and atomicity across them is not
    // needed. Requests are answered only after every insert succeeded; if one fails, Meta gets 503 and
    // retries, the rows already stored come back as duplicates, and the outbox relay publishes any of
    // them that no request published. Two round trips fewer per group commit.
    const [storedUnhandled, inserted] = await Promise.all([
      this.unhandled.insertMany(skipped),
      this.events.insertNew(
        [...rows.values()].map((e) => ({
          id: e.id,
          workspaceId: e.workspace_id,
          type: e.type,
          wabaId: e.waba_id,
          phoneNumberId: e.phone_number_id,
          envelope: e as unknown as Record<string, unknown>,
          createdAt: new Date(e.created_at),
        })),
      ),
    ]);

    const fresh = [...rows.values()].filter((e) => inserted.has(e.id));
    this.outbox.publishCommitted(fresh);

    const commitSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    this.metrics.batchSize.observe(requests.length);
    this.metrics.commitLatency.observe(commitSeconds);
    for (const e of fresh) this.metrics.events.inc({ type: e.type });
    // Counted once per change: Meta resending one does not count it again.
    for (const reason of storedUnhandled) this.metrics.unhandled.inc({ reason });

    // Each new id is credited to the first request carrying it; every other copy is a duplicate.
    const credited = new Set<string>();
    const results = perRequest.map((r) => {
      let events = 0;
      for (const e of r.envelopes) {
        if (inserted.has(e.id) && !credited.has(e.id)) {
          credited.add(e.id);
          events++;
        }
      }
      const duplicates = r.envelopes.length - events;
      if (duplicates > 0) this.metrics.duplicates.inc(duplicates);
      return { events, duplicates, unhandled: r.skipped.length };
    });

    // Follow an event: its id is logged here (debug, per event) and on each delivery attempt by the dispatcher.
    if (JsonLogger.isLevelEnabled('debug')) {
      for (const e of fresh) this.logger.debug({ msg: 'event accepted', event_id: e.id, type: e.type, workspace_id: e.workspace_id });
    }
    const duplicates = results.reduce((n, r) => n + r.duplicates, 0);
    this.logger.log({ msg: 'batch committed', requests: requests.length, events: fresh.length, duplicates, unhandled: skipped.length, duration_ms: Math.round(commitSeconds * 1000) });
    return results;
  }
}
