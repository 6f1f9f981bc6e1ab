import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { EndpointTopology } from '@app/messaging';
import { DeliveryLogRepository, WebhookEndpointEntity } from '@app/persistence';
import { WebhookHealthDto } from './dto/webhook.dto';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

/**
 * Success rate, last delivery, last error, backlog and failing state (since when, and when it will be
 * disabled if nothing succeeds) of endpoints, for the API and the settings page.
 */
@Injectable()
export class WebhookHealthReportService {
  constructor(
    private readonly log: DeliveryLogRepository,
    private readonly topology: EndpointTopology,
    private readonly config: AppConfig,
  ) {}

  async healthOf(endpoints: Pick<WebhookEndpointEntity, 'id' | 'enabled' | 'failingSince'>[]): Promise<Map<string, WebhookHealthDto>> {
    const endpointIds = endpoints.map((e) => e.id);
    const [rows, backlogs] = await Promise.all([this.log.healthFor(endpointIds), Promise.all(endpointIds.map((id) => this.topology.backlog(id)))]);
    return new Map(
      endpointIds.map((id, i) => {
        const row = rows.get(id);
        const attempts = row?.attempts_24h ?? 0;
        const failingSince = endpoints[i].enabled ? endpoints[i].failingSince : null;
        return [
          id,
          {
            success_rate_24h: attempts > 0 ? Math.round(((row?.successes_24h ?? 0) / attempts) * 1000) / 1000 : null,
            attempts_24h: attempts,
            last_delivery_at: iso(row?.last_attempt_at),
            last_error: row?.last_error ?? null,
            last_error_at: iso(row?.last_error_at),
            backlog: backlogs[i],
            failing_since: iso(failingSince),
            disables_at: failingSince ? iso(new Date(new Date(failingSince).getTime() + this.config.autoDisableAfterMs)) : null,
          },
        ];
      }),
    );
  }
}
