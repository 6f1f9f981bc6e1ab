import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { MetricsRegistry, RateLimitedException } from '@app/common';
import { AppConfig } from '@app/config';
import { TokenBuckets } from './token-bucket';

export type RateLimitScope = 'api_key' | 'auth_failure' | 'test_event';

/**
 * The limits of the management and provisioning APIs, in memory of this process (each replica counts
 * on its own). Meta's callback is never limited: Meta retries what we refuse, and a refusal there
 * would only delay customers' events.
 */
@Injectable()
export class RateLimitService {
  private readonly apiKeys: TokenBuckets;
  private readonly authFailures: TokenBuckets;
  private readonly testEvents: TokenBuckets;
  private readonly limited: Counter<'scope'>;

  constructor(config: AppConfig, registry: MetricsRegistry) {
    this.apiKeys = new TokenBuckets({ ratePerSecond: config.apiRateLimitPerSecond, burst: config.apiRateLimitBurst });
    this.authFailures = new TokenBuckets({ ratePerSecond: config.authFailureLimitPerMinute / 60, burst: config.authFailureLimitPerMinute });
    this.testEvents = new TokenBuckets({ ratePerSecond: config.testEventLimitPerMinute / 60, burst: config.testEventLimitPerMinute });
    this.limited = new Counter({
      name: 'wawh_rate_limited_total',
      help: 'Requests answered 429, by limit (api_key, auth_failure, test_event)',
      labelNames: ['scope'],
      registers: [registry],
    });
    for (const scope of ['api_key', 'auth_failure', 'test_event'] as const) this.limited.inc({ scope }, 0);
  }

  /** One request of an authenticated API key. */
  takeApiKey(apiKeyId: string): void {
    const result = this.apiKeys.take(apiKeyId);
    if (!result.allowed) this.refuse('api_key', result.retryAfterSeconds, 'too many requests for this API key');
  }

  /**
   * Checked before any credential is looked at: an address that failed too often is refused even with
   * a correct credential until its allowance refills, so guessing cannot be confirmed by a 200 either.
   */
  assertAuthAllowed(clientAddress: string): void {
    const seconds = this.authFailures.blockedFor(clientAddress);
    if (seconds !== null) this.refuse('auth_failure', seconds, 'too many failed authentications from this address');
  }

  recordAuthFailure(clientAddress: string): void {
    this.authFailures.take(clientAddress);
  }

  /** One test event to one endpoint. */
  takeTestEvent(endpointId: string): void {
    const result = this.testEvents.take(endpointId);
    if (!result.allowed) this.refuse('test_event', result.retryAfterSeconds, 'too many test events for this endpoint');
  }

  private refuse(scope: RateLimitScope, retryAfterSeconds: number, message: string): never {
    this.limited.inc({ scope });
    throw new RateLimitedException(retryAfterSeconds, `${message}; retry after ${retryAfterSeconds} s`);
  }
}
