import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { EventEnvelope, EventTypeName, routingKeyFor } from '@app/events';
import { EventPublisher } from '@app/messaging';
import { EventKey, EventRepository } from '@app/persistence';
import { DataSource } from 'typeorm';
import { IngestMetrics } from './ingest-metrics.service';

/** An event just committed, with the JSON text that was stored: published as is, not serialised again. */
export interface CommittedEvent {
  envelope: EventEnvelope;
  json: string;
}

/** Published events awaiting their confirm, or confirmed and awaiting their published_at mark. */
const MAX_IN_FLIGHT = 20_000;
const MARK_EVERY_MS = 50;
const MARK_BATCH = 2000;
const RELAY_BATCH = 500;
const BACKLOG_EVERY_MS = 5000;

/**
 * The outbox: events are committed first (published_at null), then published with confirms; confirmed
 * ids get published_at in batches. Whatever was not confirmed — broker down, a nack, a timeout, a crash
 * of this process — is re-published by the relay once it is older than OUTBOX_RELAY_AFTER.
 *
 * No duplicates from this process: nothing is published while the channel is down (amqp-connection-manager
 * would buffer it and send it after the reconnect, racing the relay), and the relay skips ids in flight
 * here. Several replicas: the relay claims rows with FOR UPDATE SKIP LOCKED inside a short transaction
 * that lasts until the broker confirmed them, and a hot-path publish times out (relayAfter / 2) before
 * another replica's relay may take the row.
 */
@Injectable()
export class OutboxService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly inFlight = new Set<string>();
  private toMark: EventKey[] = [];
  private markTimer: NodeJS.Timeout | null = null;
  private marking: Promise<void> | null = null;
  private relayTimer: NodeJS.Timeout | null = null;
  private relaying: Promise<void> | null = null;
  private lastBacklogAt = 0;
  private stopped = false;
  private readonly relayAfterMs: number;
  private readonly publishTimeoutMs: number;

  constructor(
    config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly events: EventRepository,
    private readonly publisher: EventPublisher,
    private readonly metrics: IngestMetrics,
  ) {
    this.relayAfterMs = config.outboxRelayAfterMs;
    this.publishTimeoutMs = Math.max(500, Math.floor(this.relayAfterMs / 2));
  }

  onApplicationBootstrap(): void {
    const every = Math.min(1000, Math.max(100, Math.floor(this.relayAfterMs / 4)));
    this.relayTimer = setInterval(() => void this.relayTick(), every);
    this.relayTimer.unref();
  }

  /** Called right after a commit with the events inserted for the first time. Never throws, never waits. */
  publishCommitted(events: CommittedEvent[]): void {
    if (events.length === 0) return;
    // Broker unreachable or publishes piling up: leave them to the relay rather than buffer in memory.
    if (this.stopped || !this.publisher.isReady || this.inFlight.size + events.length > MAX_IN_FLIGHT) return;
    for (const { envelope: e, json } of events) {
      this.inFlight.add(e.id);
      const started = process.hrtime.bigint();
      this.publisher
        .publish({ id: e.id, createdAt: e.created_at, routingKey: routingKeyFor(e.workspace_id, e.type), body: Buffer.from(json) }, this.publishTimeoutMs)
        .then(
          () => {
            this.metrics.publishLatency.observe({ path: 'direct' }, Number(process.hrtime.bigint() - started) / 1e9);
            this.queueMark({ id: e.id, createdAt: e.created_at });
          },
          () => {
            this.metrics.publishFailures.inc({ path: 'direct' });
            this.inFlight.delete(e.id);
          },
        );
    }
  }

  private queueMark(key: EventKey): void {
    this.toMark.push(key);
    if (this.toMark.length >= MARK_BATCH) void this.flushMarks();
    else if (!this.markTimer) this.markTimer = setTimeout(() => void this.flushMarks(), MARK_EVERY_MS);
  }

  /** Sets published_at for confirmed ids; they stay "in flight" (skipped by the relay) until marked. */
  private flushMarks(): Promise<void> {
    if (this.markTimer) {
      clearTimeout(this.markTimer);
      this.markTimer = null;
    }
    if (this.marking || this.toMark.length === 0) return this.marking ?? Promise.resolve();
    const keys = this.toMark.splice(0, MARK_BATCH);
    this.marking = this.events
      .markPublished(keys)
      .then(
        () => keys.forEach((k) => this.inFlight.delete(k.id)),
        (err) => {
          this.logger.warn(`could not mark ${keys.length} events published, will retry: ${(err as Error).message}`);
          this.toMark.unshift(...keys);
          return new Promise<void>((r) => setTimeout(r, 1000));
        },
      )
      .finally(() => {
        this.marking = null;
        if (this.toMark.length > 0 && !this.markTimer) this.markTimer = setTimeout(() => void this.flushMarks(), MARK_EVERY_MS);
      });
    return this.marking;
  }

  private relayTick(): Promise<void> {
    if (this.relaying || this.stopped) return this.relaying ?? Promise.resolve();
    this.relaying = this.relayAll()
      .catch((err) => this.logger.warn(`outbox relay failed: ${(err as Error).message}`))
      .finally(() => (this.relaying = null));
    return this.relaying;
  }

  private async relayAll(): Promise<void> {
    if (Date.now() - this.lastBacklogAt >= BACKLOG_EVERY_MS) {
      this.lastBacklogAt = Date.now();
      this.metrics.outboxBacklog.set(await this.events.countUnpublished());
    }
    while (!this.stopped && this.publisher.isReady) {
      const relayed = await this.relayOnce();
      if (relayed < RELAY_BATCH) return;
    }
  }

  /** Claims old unconfirmed events (SKIP LOCKED), publishes them, marks the confirmed ones, commits. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows = await this.events.claimUnpublished(m, this.relayAfterMs, RELAY_BATCH, [...this.inFlight]);
      if (rows.length === 0) return 0;
      const started = process.hrtime.bigint();
      const results = await Promise.allSettled(
        rows.map((r) =>
          this.publisher.publish(
            {
              id: r.id,
              createdAt: r.createdAt.toISOString(),
              routingKey: routingKeyFor(r.workspaceId, r.type as EventTypeName),
              body: Buffer.from(JSON.stringify(r.envelope)),
            },
            this.publishTimeoutMs,
          ),
        ),
      );
      const confirmed = rows.filter((_, i) => results[i].status === 'fulfilled').map((r) => ({ id: r.id, createdAt: r.createdAt }));
      const failed = rows.length - confirmed.length;
      if (failed > 0) this.metrics.publishFailures.inc({ path: 'relay' }, failed);
      this.metrics.publishLatency.observe({ path: 'relay' }, Number(process.hrtime.bigint() - started) / 1e9);
      await this.events.markPublished(confirmed, m);
      this.metrics.relayed.inc(confirmed.length);
      if (confirmed.length > 0) this.logger.log(`relayed ${confirmed.length} unconfirmed events`);
      return failed > 0 ? 0 : rows.length;
    });
  }

  /** Graceful stop: let confirms arrive (bounded) and write their marks; the relay covers the rest. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.relayTimer) clearInterval(this.relayTimer);
    await this.relaying;
    const deadline = Date.now() + 3000;
    while (this.inFlight.size > this.toMark.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    while (this.toMark.length > 0 && Date.now() < deadline) await this.flushMarks();
    await this.marking;
  }
}
