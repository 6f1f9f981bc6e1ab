import { Injectable } from '@nestjs/common';
import { decodeCursor, DomainException, encodeCursor, ErrorCode, isUuid } from '@app/common';
import { AppConfig } from '@app/config';
import { deliveryIdFor } from '@app/delivery';
import { matchesEndpointFilter, patternMatches } from '@app/events';
import { EndpointRequeuePublisher } from '@app/messaging';
import { DeliveryLogRepository, DeliveryRow, EventRepository, eventDayOf, WebhookEndpointEntity, WebhookEndpointRepository } from '@app/persistence';
import { DeliveryDto, DeliveryPageDto, ListDeliveriesQueryDto, RecoverDto, RecoverResultDto, RetryResultDto } from './dto/delivery-log.dto';

const RECOVER_MAX_WINDOW_MS = 14 * 24 * 3600 * 1000;
const RECOVER_MAX_EVENTS = 10_000;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function toDeliveryDto(row: DeliveryRow): DeliveryDto {
  return {
    id: row.id,
    event_id: row.event_id,
    event_type: row.event_type,
    state: row.state,
    attempt_count: row.attempt_count,
    created_at: iso(row.created_at)!,
    next_attempt_at: iso(row.next_attempt_at),
    attempts: row.attempts.map((a) => ({ ...a, started_at: iso(a.started_at)! })),
  };
}

/** The delivery log and the customer's repair tools: resend one delivery, recover a window. */
@Injectable()
export class DeliveryLogService {
  constructor(
    private readonly config: AppConfig,
    private readonly log: DeliveryLogRepository,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly events: EventRepository,
    private readonly requeue: EndpointRequeuePublisher,
  ) {}

  async list(workspaceId: string, endpointId: string, query: ListDeliveriesQueryDto): Promise<DeliveryPageDto> {
    await this.requireEndpoint(workspaceId, endpointId);
    const limit = query.limit ?? 20;
    const rows = await this.log.list({
      endpointId,
      state: query.state,
      eventType: query.event_type,
      since: query.since,
      until: query.until,
      after: decodeCursor(query.cursor),
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      data: page.map(toDeliveryDto),
      next_cursor: rows.length > limit && last ? encodeCursor({ createdAt: last.cursor_ts, id: last.id }) : null,
      // RETENTION_DAYS is one setting for the installation; the oldest attempt is this endpoint's own.
      retention: { days: this.config.retentionDays, applies_to: 'installation', oldest_available: iso(await this.log.oldestAttemptAt(endpointId)) },
    };
  }

  /** Sends that event to that endpoint again now: same webhook-id, recorded as a new attempt. */
  async retry(workspaceId: string, deliveryId: string): Promise<RetryResultDto> {
    const delivery = await this.log.findForWorkspace(workspaceId, deliveryId);
    if (!delivery) throw DomainException.notFound('delivery');
    const endpoint = await this.requireEndpoint(workspaceId, delivery.endpoint_id);
    if (!endpoint.enabled) throw new DomainException(ErrorCode.Conflict, 'the webhook is disabled; enable it before resending');
    const event = await this.events.findForWorkspace(workspaceId, delivery.event_id, delivery.event_day);
    if (!event) throw new DomainException(ErrorCode.NotFound, 'the event is past the retention period');
    const attempt = delivery.attempt_count + 1;
    await this.log.markPending(delivery.id, delivery.event_day);
    await this.requeue.requeue({
      endpointId: endpoint.id,
      eventId: event.id,
      body: Buffer.from(JSON.stringify(event.envelope)),
      attempt,
      scheduleBase: delivery.attempt_count,
      trigger: 'manual',
      retry: false,
    });
    return { delivery_id: delivery.id, attempt, status: 'queued' };
  }

  /**
   * Re-queues every failed delivery of the endpoint in the window and, when the endpoint was disabled
   * and enabled again, the matching events it missed meanwhile. Claims happen in the database first,
   * so calling twice for the same window sends nothing twice.
   */
  async recover(workspaceId: string, endpointId: string, dto: RecoverDto): Promise<RecoverResultDto> {
    const endpoint = await this.requireEndpoint(workspaceId, endpointId);
    if (!endpoint.enabled) throw new DomainException(ErrorCode.Conflict, 'the webhook is disabled; enable it before recovering');
    const until = dto.until ?? new Date();
    if (dto.since >= until) throw DomainException.validation('since', 'since must be before until');
    if (until.getTime() - dto.since.getTime() > RECOVER_MAX_WINDOW_MS || Date.now() - dto.since.getTime() > RECOVER_MAX_WINDOW_MS) {
      throw DomainException.validation('since', 'the recover window reaches back at most 14 days');
    }

    const failed = await this.log.claimFailed(endpointId, dto.since, until, RECOVER_MAX_EVENTS);
    for (const d of failed) {
      const event = await this.events.findForWorkspace(workspaceId, d.event_id, d.event_day);
      if (!event) continue;
      await this.requeue.restartRetries(endpointId, event, d.attempt_count, 'recover');
    }

    const missed = await this.recoverMissed(endpoint, dto.since, until);
    return { failed_requeued: failed.length, missed_queued: missed, queued: failed.length + missed };
  }

  private async recoverMissed(endpoint: WebhookEndpointEntity, since: Date, until: Date): Promise<number> {
    if (!endpoint.disabledAt || !endpoint.reenabledAt || endpoint.disabledAt >= endpoint.reenabledAt) return 0;
    const from = new Date(Math.max(since.getTime(), endpoint.disabledAt.getTime()));
    const to = new Date(Math.min(until.getTime(), endpoint.reenabledAt.getTime()));
    if (from >= to) return 0;
    const candidates = (await this.log.eventsWithoutDelivery(endpoint.workspaceId, endpoint.id, from, to, RECOVER_MAX_EVENTS)).filter(
      (e) => endpoint.events.some((p) => patternMatches(p, e.type)) && matchesEndpointFilter(endpoint.filter, e.envelope as never),
    );
    const fresh = await this.log.insertPending(
      candidates.map((e) => ({
        id: deliveryIdFor(e.id, endpoint.id),
        eventId: e.id,
        endpointId: endpoint.id,
        workspaceId: endpoint.workspaceId,
        eventType: e.type,
        eventDay: eventDayOf(String(e.envelope.created_at)),
      })),
    );
    let queued = 0;
    for (const e of candidates) {
      if (!fresh.has(deliveryIdFor(e.id, endpoint.id))) continue;
      await this.requeue.requeue({
        endpointId: endpoint.id,
        eventId: e.id,
        body: Buffer.from(JSON.stringify(e.envelope)),
        attempt: 1,
        scheduleBase: 0,
        trigger: 'recover',
        retry: true,
      });
      queued++;
    }
    return queued;
  }

  private async requireEndpoint(workspaceId: string, endpointId: string): Promise<WebhookEndpointEntity> {
    const endpoint = isUuid(endpointId) ? await this.endpoints.findForWorkspace(workspaceId, endpointId) : null;
    if (!endpoint) throw DomainException.notFound('webhook');
    return endpoint;
  }
}
