import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { deliveryIdFor, webhookHeaders } from '@app/delivery';
import { WebhookEndpointEntity } from '@app/persistence';
import { Agent, request } from 'undici';
import { AttemptRecorder } from './attempt-recorder.service';

const RESPONSE_BODY_CAP = 2048;
const USER_AGENT = 'wa-webhooks/0.1 (+https://github.com/wa-webhooks)';

export interface DeliveryJob {
  eventId: string;
  eventType: string;
  workspaceId: string;
  body: Buffer;
  attempt: number;
}

export interface DeliveryOutcome {
  success: boolean;
  statusCode: number | null;
  errorClass: string | null;
}

/** Signs and POSTs one event to one endpoint, then records the attempt. */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger('Delivery');
  private readonly agent: Agent;

  constructor(
    private readonly config: AppConfig,
    private readonly recorder: AttemptRecorder,
  ) {
    this.agent = new Agent({
      connect: { timeout: config.deliveryTimeoutMs },
      headersTimeout: config.deliveryTimeoutMs,
      bodyTimeout: config.deliveryTimeoutMs,
      keepAliveTimeout: 30_000,
      connections: 64,
    });
  }

  async deliver(endpoint: WebhookEndpointEntity, job: DeliveryJob): Promise<DeliveryOutcome> {
    const startedAt = new Date();
    const t0 = performance.now();
    const secrets = [endpoint.secret];
    if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > startedAt) {
      secrets.push(endpoint.previousSecret);
    }
    let statusCode: number | null = null;
    let errorClass: string | null = null;
    let errorMessage: string | null = null;
    let responseBody: string | null = null;
    try {
      const res = await request(endpoint.url, {
        method: 'POST',
        dispatcher: this.agent,
        headers: {
          ...endpoint.headers,
          'content-type': 'application/json',
          'user-agent': USER_AGENT,
          ...webhookHeaders(secrets, job.eventId, job.body, startedAt),
        },
        body: job.body,
      });
      statusCode = res.statusCode;
      responseBody = await readCapped(res.body, RESPONSE_BODY_CAP);
    } catch (err) {
      const e = err as { code?: string; message?: string };
      errorClass = e.code === 'UND_ERR_CONNECT_TIMEOUT' || e.code === 'UND_ERR_HEADERS_TIMEOUT' || e.code === 'UND_ERR_BODY_TIMEOUT' ? 'timeout' : 'connection_error';
      errorMessage = `${e.code ?? 'error'}: ${e.message ?? String(err)}`.slice(0, 500);
    }
    const success = statusCode !== null && statusCode >= 200 && statusCode < 300;
    await this.recorder.record({
      deliveryId: deliveryIdFor(job.eventId, endpoint.id),
      eventId: job.eventId,
      endpointId: endpoint.id,
      workspaceId: job.workspaceId,
      eventType: job.eventType,
      attempt: job.attempt,
      trigger: 'auto',
      startedAt,
      durationMs: Math.round(performance.now() - t0),
      statusCode,
      errorClass,
      errorMessage: errorMessage ?? (success ? null : `HTTP ${statusCode}`),
      responseBody,
      success,
      state: success ? 'succeeded' : 'failed',
      nextAttemptAt: null,
    });
    return { success, statusCode, errorClass };
  }
}

async function readCapped(body: AsyncIterable<Buffer> & { destroy?: () => void }, cap: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= cap) {
      body.destroy?.();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, cap).toString('utf8');
}
