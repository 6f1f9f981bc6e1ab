import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { GroupCommitQueue, JsonLogger } from '@app/common';
import { buildEnvelope, TranslatedEvent, UnreadableItem } from '@app/events';
import { EventRepository, NewUnhandledChange, PhoneNumberMapping, UnhandledChangeRepository, UnhandledReason } from '@app/persistence';
import { entryOwner, Owners, routeEvent } from './event-routing';
import { IngestMetrics } from './ingest-metrics.service';
import { storableJson } from './json-limits';
import { CommittedEvent, OutboxService } from './outbox.service';
import { normaliseDisplayNumber, PhoneNumberDirectory } from './phone-number-directory.service';
import { WabaOwnerCache } from './waba-owner-cache.service';

/** One change of a Meta POST, already run through its translator (or classified as unhandled). */
export interface PendingChange {
  object: string;
  /** Meta's entry.id: a WABA id, or a business portfolio id for partner webhooks; null for another object. */
  entryId: string | null;
  field: string | null;
  /** The change value as Meta sent it; its JSON text when it is nested too deep to store as JSON. */
  value: unknown;
  entryTime?: number;
  /**
   * Content key of the change (field, entry time, value): Meta resending it yields the same key.
   * A function, so the hash is computed only for the changes stored as unhandled (not on the hot path).
   */
  key: () => string;
  /** Events produced by the translator; ignored when `unhandled` is set. */
  events: TranslatedEvent[];
  /** Items of the change its translator could not read (their siblings are in `events`), each with its key. */
  unreadable: (UnreadableItem & { key: () => string })[];
  /** `meta.unmapped_change` events for the unhandled change or its unreadable items; sent when the entry has an owner. */
  unmapped: TranslatedEvent[];
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

/** Rows a change may write: its events, its unmapped-change events and its unhandled rows. */
export function changeWeight(c: PendingChange): number {
  return Math.max(1, c.events.length + c.unmapped.length + c.unreadable.length + (c.unhandled ? 1 : 0));
}

/** An event with where it goes, before its envelope. */
interface Routed {
  workspaceId: string;
  entryId: string;
  wabaId: string | null;
  change: PendingChange;
  event: TranslatedEvent;
}
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
    private readonly directory: PhoneNumberDirectory,
  ) {
    this.queue = new GroupCommitQueue(
      (items) => this.commit(items),
      { maxBatchWeight: MAX_ROWS_PER_COMMIT, maxInFlight: MAX_CONCURRENT_COMMITS },
      (r) => r.changes.reduce((n, c) => n + changeWeight(c), 0),
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
    const owners = await this.lookUpOwners(requests);

    const routedPerRequest = requests.map((r) => this.route(r, owners));
    const allRouted = routedPerRequest.flatMap((r) => r.routed);
    // Learnt first (in memory at once, stored beside the inserts): a number named with its id in this
    // commit resolves the display-only events of the same commit.
    const learning = this.directory.learn(mappingsOf(allRouted));
    const resolved = await this.resolvePhoneNumbers(allRouted);
    const perRequest = routedPerRequest.map(({ routed, skipped }) => ({
      skipped,
      envelopes: routed.map((r) => {
        const envelope = buildEnvelope(r.workspaceId, r.entryId, r.wabaId, { field: r.change.field ?? '', value: r.change.value }, r.event);
        // After the id is made: an event's id never depends on whether the directory knew its number.
        const phoneNumberId = resolved.get(r);
        if (phoneNumberId) envelope.phone_number_id = phoneNumberId;
        return envelope;
      }),
    }));

    // One row per id: the same event may come in two concurrent requests (a fast Meta retry). Each
    // envelope is serialised once: that text is stored and, once committed, published.
    const rows = new Map<string, CommittedEvent>();
    for (const r of perRequest) for (const e of r.envelopes) if (!rows.has(e.id)) rows.set(e.id, { envelope: e, json: JSON.stringify(e) });
    const skipped = perRequest.flatMap((r) => r.skipped);

    // No explicit transaction: each INSERT is atomic on its own, and atomicity across them is not
    // needed. Requests are answered only after every insert succeeded; if one fails, Meta gets 503 and
    // retries, the rows already stored come back as duplicates, and the outbox relay publishes any of
    // them that no request published. Two round trips fewer per group commit.
    const [storedUnhandled, inserted] = await Promise.all([
      this.unhandled.insertMany(skipped),
      this.events.insertNew(
        [...rows.values()].map(({ envelope: e, json }) => ({
          id: e.id,
          workspaceId: e.workspace_id,
          type: e.type,
          wabaId: e.waba_id,
          phoneNumberId: e.phone_number_id,
          envelope: e as unknown as Record<string, unknown>,
          envelopeJson: json,
          createdAt: new Date(e.created_at),
        })),
      ),
      learning,
    ]);

    const committed = [...rows.values()].filter((c) => inserted.has(c.envelope.id));
    this.outbox.publishCommitted(committed);
    const fresh = committed.map((c) => c.envelope);

    const commitSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    this.metrics.batchSize.observe(requests.length);
    this.metrics.commitLatency.observe(commitSeconds);
    // One increment per type and commit: prom-client hashes the labels on every call.
    const perType = new Map<string, number>();
    for (const e of fresh) perType.set(e.type, (perType.get(e.type) ?? 0) + 1);
    for (const [type, n] of perType) this.metrics.events.inc({ type }, n);
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
    this.logger.log({
      msg: 'batch committed',
      requests: requests.length,
      events: fresh.length,
      duplicates,
      unhandled: skipped.length,
      duration_ms: Math.round(commitSeconds * 1000),
    });
    return results;
  }

  /**
   * Owners of every WABA and business portfolio the requests name: entry ids (as WABAs, then the ones
   * that are not as portfolios) and the ids of the events' routes.
   */
  private async lookUpOwners(requests: IngestRequest[]): Promise<Owners> {
    const wabaIds = new Set<string>();
    const businessIds = new Set<string>();
    for (const r of requests) {
      for (const c of r.changes) {
        if (c.entryId === null) continue;
        wabaIds.add(c.entryId);
        for (const e of c.events) {
          if (e.route && 'wabaId' in e.route) wabaIds.add(e.route.wabaId);
          else if (e.route) businessIds.add(e.route.businessId);
        }
      }
    }
    const wabas = await this.owners.ownersOf(wabaIds);
    for (const r of requests) for (const c of r.changes) if (c.entryId !== null && !wabas.has(c.entryId)) businessIds.add(c.entryId);
    const businesses = businessIds.size > 0 ? await this.owners.businessOwnersOf(businessIds) : new Map<string, string>();
    return { wabas, businesses };
  }

  /** Each event to its workspace; what cannot be routed or translated becomes an unhandled row. */
  private route(r: IngestRequest, owners: Owners): { routed: Routed[]; skipped: NewUnhandledChange[] } {
    const routed: Routed[] = [];
    const skipped: NewUnhandledChange[] = [];
    for (const c of r.changes) {
      const row = (reason: UnhandledReason, error: string | null, dedupKey = c.key(), value = c.value, path: string | null = null): NewUnhandledChange => ({
        reason,
        object: c.object,
        wabaId: c.entryId,
        field: c.field,
        valueJson: storableJson(value),
        path,
        error,
        dedupKey,
      });
      if (c.entryId === null) {
        skipped.push(row(c.unhandled?.reason ?? 'unknown_object', c.unhandled?.error ?? null));
        continue;
      }
      const entryId = c.entryId;
      const home = entryOwner(entryId, owners);
      // Nobody has this entry and no event names another WABA or portfolio: kept whole, as before.
      if (!home && (c.unhandled || c.events.every((e) => !e.route))) {
        skipped.push(row('unknown_waba', null));
        continue;
      }
      if (c.unhandled) skipped.push(row(c.unhandled.reason, c.unhandled.error));
      const failed = new Set<'unknown_waba' | 'unknown_business'>();
      if (!c.unhandled) {
        for (const event of c.events) {
          const decision = routeEvent(entryId, event.route, owners);
          if ('unhandled' in decision) failed.add(decision.unhandled);
          else routed.push({ ...decision, entryId, change: c, event });
        }
        for (const item of c.unreadable) {
          skipped.push(row('unreadable_item', item.message, item.key(), item.value, item.path));
        }
      }
      // A change whose events went nowhere is kept once per reason (the key of unknown_waba as before).
      for (const reason of failed) skipped.push(row(reason, null, reason === 'unknown_waba' ? c.key() : `${c.key()}:${reason}`));
      if (home) for (const event of c.unmapped) routed.push({ ...home, entryId, change: c, event });
    }
    return { routed, skipped };
  }

  /** phone_number_id from the directory (same WABA) for the events naming their number only by its display form. */
  private async resolvePhoneNumbers(routed: Routed[]): Promise<Map<Routed, string>> {
    const pending: { routed: Routed; wabaId: string; digits: string }[] = [];
    for (const r of routed) {
      const digits = normaliseDisplayNumber(r.event.displayPhoneNumber);
      if (r.event.phoneNumberId === null && digits && r.wabaId !== null) pending.push({ routed: r, wabaId: r.wabaId, digits });
    }
    const resolved = new Map<Routed, string>();
    if (pending.length === 0) return resolved;
    const lookup = await this.directory.resolve(pending.map((p) => ({ wabaId: p.wabaId, displayPhoneNumber: p.digits })));
    for (const p of pending) {
      const id = lookup(p.wabaId, p.digits);
      if (id) resolved.set(p.routed, id);
    }
    return resolved;
  }
}

/** phone_number_id ↔ display number pairs taught by events that carry both (messages-style metadata). */
function mappingsOf(routed: Routed[]): PhoneNumberMapping[] {
  const out: PhoneNumberMapping[] = [];
  for (const r of routed) {
    const digits = normaliseDisplayNumber(r.event.displayPhoneNumber);
    if (r.event.phoneNumberId && digits && r.wabaId !== null) out.push({ phoneNumberId: r.event.phoneNumberId, wabaId: r.wabaId, displayPhoneNumber: digits });
  }
  return out;
}
