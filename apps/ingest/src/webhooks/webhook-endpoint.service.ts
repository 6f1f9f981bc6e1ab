import { Injectable } from '@nestjs/common';
import { decodeCursor, DomainException, encodeCursor, ErrorCode, isUuid } from '@app/common';
import { AppConfig } from '@app/config';
import { generateSigningSecret, SignatureAlgorithm, signatureAlgorithmOf, verificationKeyOf } from '@app/delivery';
import { PayloadFormat, RedactionClass } from '@app/events';
import { randomBytes, randomUUID } from 'node:crypto';
import { openHeaders, openSecret, sealHeaders, SecretCipher, WebhookEndpointEntity, WebhookEndpointRepository } from '@app/persistence';
import { CreateWebhookDto, ListWebhooksQueryDto, UpdateWebhookDto, WebhookCreatedDto, WebhookDto, WebhookListDto, WebhookSecretDto } from './dto/webhook.dto';
import { WebhookHealthReportService } from './webhook-health-report.service';
import { EndpointRoutingSaga } from './endpoint-routing.saga';
import { CustomHeaders, parseCustomHeaders, viewCustomHeaders } from './custom-headers';
import { normalizeEvents, validateTargetUrl } from './webhook-input.validator';
import { WebhookOperationalEvents } from './webhook-operational-events.service';

const DEFAULT_PAGE_SIZE = 20;
const DEFAULT_GRACE_HOURS = 24;
const MANUAL_DISABLE_REASON = 'Disabled through the API';

/** The API view of an endpoint; custom header values are decrypted, sensitive ones never returned. */
export function toWebhookDto(e: WebhookEndpointEntity, cipher: SecretCipher): WebhookDto {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    events: e.events,
    enabled: e.enabled,
    status: e.enabled ? 'enabled' : 'disabled',
    disabled_reason: e.enabled ? null : e.disabledReason,
    filter: e.filter?.phone_number_ids?.length ? { phone_number_ids: e.filter.phone_number_ids } : {},
    rate_limit_per_second: e.rateLimitPerSecond ?? null,
    headers: viewCustomHeaders(storedHeaders(e, cipher)),
    signature_algorithm: signatureAlgorithmOf(openSecret(cipher, e.secret)),
    payload: e.payloadFormat ?? 'full',
    redact: (e.redact ?? []) as RedactionClass[],
    created_at: e.createdAt.toISOString(),
    updated_at: e.updatedAt.toISOString(),
  };
}

function storedHeaders(e: WebhookEndpointEntity, cipher: SecretCipher): CustomHeaders {
  return { values: openHeaders(cipher, e.headers), sensitive: e.sensitiveHeaders ?? [] };
}

function toSecretDto(e: WebhookEndpointEntity, cipher: SecretCipher): WebhookSecretDto {
  const previousActive = e.previousSecret && e.previousSecretExpiresAt && e.previousSecretExpiresAt > new Date();
  const secret = openSecret(cipher, e.secret);
  return {
    secret: verificationKeyOf(secret),
    signature_algorithm: signatureAlgorithmOf(secret),
    previous_secret_expires_at: previousActive ? e.previousSecretExpiresAt!.toISOString() : null,
  };
}

/** A new key for the redaction hashes (base64 of 32 random bytes), sealed. */
function newRedactionKey(cipher: SecretCipher): string {
  return cipher.encrypt(randomBytes(32).toString('base64'));
}

/**
 * Webhook endpoints of a workspace. Every change to routing (create, events/enabled change, delete)
 * goes through EndpointRoutingSaga, so if RabbitMQ is down the request fails with 503 and nothing is
 * stored; creates in one workspace run concurrently (the cap is a counter row, see createWithinLimit).
 */
@Injectable()
export class WebhookEndpointService {
  constructor(
    private readonly config: AppConfig,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly routing: EndpointRoutingSaga,
    private readonly health: WebhookHealthReportService,
    private readonly cipher: SecretCipher,
    private readonly operational: WebhookOperationalEvents,
  ) {}

  async create(workspaceId: string, dto: CreateWebhookDto): Promise<WebhookCreatedDto> {
    const events = normalizeEvents(dto.events);
    const headers = dto.headers === undefined ? { values: {}, sensitive: [] } : parseCustomHeaders(dto.headers);
    const url = await validateTargetUrl(dto.url, this.config.allowPrivateTargets);
    const enabled = dto.enabled ?? true;
    // Plaintext only in this request: returned once below (the public key for ed25519), stored encrypted.
    const secret = generateSigningSecret(dto.signature_algorithm ?? 'hmac-sha256');
    const payloadFormat: PayloadFormat = dto.payload ?? 'full';
    const redact = dto.redact ?? [];
    const max = this.config.maxEndpointsPerWorkspace;
    // A cheap early refusal; the insert checks the cap again, exactly, after the queue is declared.
    const created =
      (await this.endpoints.countForWorkspace(workspaceId)) >= max
        ? null
        : await this.routing.create({ id: randomUUID(), workspaceId, events, enabled }, (routing) =>
            this.endpoints.createWithinLimit(
              {
                id: routing.id,
                workspaceId,
                url,
                description: dto.description ?? '',
                events,
                filter: dto.filter?.phone_number_ids ? { phone_number_ids: dto.filter.phone_number_ids } : {},
                headers: sealHeaders(this.cipher, headers.values),
                sensitiveHeaders: headers.sensitive,
                enabled,
                disabledReason: enabled ? null : MANUAL_DISABLE_REASON,
                disabledAt: enabled ? null : new Date(),
                secret: this.cipher.encrypt(secret),
                payloadFormat,
                redact,
                redactionKey: redact.length ? newRedactionKey(this.cipher) : null,
                rateLimitPerSecond: dto.rate_limit_per_second ? dto.rate_limit_per_second : null,
              },
              max,
            ),
          );
    if (!created) {
      throw new DomainException(
        ErrorCode.LimitReached,
        `a workspace can have at most ${this.config.maxEndpointsPerWorkspace} webhook endpoints; delete one first`,
      );
    }
    await this.routing.notify(created.id);
    await this.operational.endpointChanged('webhook.endpoint_created', created, created.createdAt);
    return { ...toWebhookDto(created, this.cipher), secret: verificationKeyOf(secret) };
  }

  async list(workspaceId: string, query: ListWebhooksQueryDto): Promise<WebhookListDto> {
    const after = decodeCursor(query.cursor, isUuid);
    const page = await this.endpoints.listPage(workspaceId, query.limit ?? DEFAULT_PAGE_SIZE, after);
    const health = await this.health.healthOf(page.items);
    return {
      data: page.items.map((e) => ({ ...toWebhookDto(e, this.cipher), health: health.get(e.id) })),
      next_cursor: page.next ? encodeCursor(page.next) : null,
    };
  }

  async get(workspaceId: string, id: string): Promise<WebhookDto> {
    const endpoint = await this.require(workspaceId, id);
    const health = await this.health.healthOf([endpoint]);
    return { ...toWebhookDto(endpoint, this.cipher), health: health.get(endpoint.id) };
  }

  async update(workspaceId: string, id: string, dto: UpdateWebhookDto): Promise<WebhookDto> {
    if (!isUuid(id)) throw DomainException.notFound('webhook endpoint');
    const events = dto.events === undefined ? undefined : normalizeEvents(dto.events);
    const url = dto.url === undefined ? undefined : await validateTargetUrl(dto.url, this.config.allowPrivateTargets);
    const updated = await this.routing.run((route) =>
      this.endpoints.updateForWorkspace(
        workspaceId,
        id,
        (e) => {
          if (url !== undefined) e.url = url;
          if (events !== undefined) e.events = events;
          if (dto.headers !== undefined) {
            // A sensitive header sent back without its value keeps the stored one (read under the row lock).
            const headers = parseCustomHeaders(dto.headers, storedHeaders(e, this.cipher));
            e.headers = sealHeaders(this.cipher, headers.values);
            e.sensitiveHeaders = headers.sensitive;
          }
          if (dto.description !== undefined) e.description = dto.description;
          if (dto.payload !== undefined) e.payloadFormat = dto.payload;
          if (dto.redact !== undefined) {
            e.redact = dto.redact;
            // Kept once made: the same value keeps its hash when redaction is switched off and on again.
            if (dto.redact.length && !e.redactionKey) e.redactionKey = newRedactionKey(this.cipher);
          }
          if (dto.rate_limit_per_second !== undefined) e.rateLimitPerSecond = dto.rate_limit_per_second || null;
          if (dto.filter !== undefined) e.filter = dto.filter.phone_number_ids ? { phone_number_ids: dto.filter.phone_number_ids } : {};
          if (dto.enabled === true && !e.enabled) {
            // disabled_at stays as the start of the period just ended: recover resends what it missed.
            e.enabled = true;
            e.disabledReason = null;
            e.reenabledAt = new Date();
            e.failingSince = null;
          } else if (dto.enabled === false && e.enabled) {
            e.enabled = false;
            e.disabledReason = MANUAL_DISABLE_REASON;
            e.disabledAt = new Date();
          }
        },
        async (before, after) => {
          if (this.routing.routingChanged(before, after)) await route(before, after);
        },
      ),
    );
    if (!updated) throw DomainException.notFound('webhook endpoint');
    await this.routing.notify(updated.id);
    await this.operational.endpointChanged('webhook.endpoint_updated', updated, updated.updatedAt);
    return toWebhookDto(updated, this.cipher);
  }

  async remove(workspaceId: string, id: string): Promise<void> {
    if (!isUuid(id)) throw DomainException.notFound('webhook endpoint');
    const deleted = await this.routing.run((route) => this.endpoints.deleteForWorkspace(workspaceId, id, (endpoint) => route(endpoint, null)));
    if (!deleted) throw DomainException.notFound('webhook endpoint');
    await this.routing.notify(deleted.id);
    await this.operational.endpointChanged('webhook.endpoint_deleted', deleted, new Date());
  }

  /**
   * New secret at once (of `algorithm`, or of the endpoint's current one); the previous one keeps
   * signing (second signature) for the grace period, across a change of algorithm too.
   */
  async rotateSecret(workspaceId: string, id: string, gracePeriodHours = DEFAULT_GRACE_HOURS, algorithm?: SignatureAlgorithm): Promise<WebhookSecretDto> {
    if (!isUuid(id)) throw DomainException.notFound('webhook endpoint');
    const rotated = await this.endpoints.updateForWorkspace(workspaceId, id, (e) => {
      const secret = generateSigningSecret(algorithm ?? signatureAlgorithmOf(openSecret(this.cipher, e.secret)));
      const now = Date.now();
      if (gracePeriodHours > 0) {
        e.previousSecret = e.secret;
        e.previousSecretExpiresAt = new Date(now + gracePeriodHours * 3_600_000);
      } else {
        e.previousSecret = null;
        e.previousSecretExpiresAt = null;
      }
      e.secret = this.cipher.encrypt(secret);
    });
    if (!rotated) throw DomainException.notFound('webhook endpoint');
    await this.routing.notify(rotated.id);
    await this.operational.secretRotated(rotated, rotated.updatedAt);
    return toSecretDto(rotated, this.cipher);
  }

  async getSecret(workspaceId: string, id: string): Promise<WebhookSecretDto> {
    return toSecretDto(await this.require(workspaceId, id), this.cipher);
  }

  private async require(workspaceId: string, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = isUuid(id) ? await this.endpoints.findForWorkspace(workspaceId, id) : null;
    if (!endpoint) throw DomainException.notFound('webhook endpoint');
    return endpoint;
  }
}
