import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parseDuration, parseSchedule } from './duration';
import { EnvironmentVariables } from './env.dto';

export class ConfigValidationError extends Error {}

/**
 * The validated, typed configuration. This is the only place that reads process.env;
 * everything else receives an AppConfig through dependency injection.
 */
export class AppConfig {
  readonly env: EnvironmentVariables;

  constructor(source: Record<string, string | undefined>) {
    const defined = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
    const env = plainToInstance(EnvironmentVariables, defined, { exposeDefaultValues: true });
    const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
    if (errors.length > 0) {
      const lines = errors.flatMap((e) =>
        Object.values(e.constraints ?? {}).map((msg) => `  - ${e.property}=${JSON.stringify(e.value)}: ${msg}`),
      );
      throw new ConfigValidationError(`Invalid configuration:\n${lines.join('\n')}`);
    }
    this.env = env;
  }

  static fromProcessEnv(): AppConfig {
    return new AppConfig(process.env);
  }

  get databaseUrl() { return this.env.DATABASE_URL; }
  get amqpUrl() { return this.env.AMQP_URL; }
  get amqpNamespace() { return this.env.AMQP_NAMESPACE; }
  get metaAppSecret() { return this.env.META_APP_SECRET; }
  get metaVerifyToken() { return this.env.META_VERIFY_TOKEN; }
  get adminToken() { return this.env.ADMIN_TOKEN; }
  get ingestPort() { return this.env.INGEST_PORT; }
  get dispatcherPort() { return this.env.DISPATCHER_PORT; }
  get host() { return this.env.HOST; }
  get publicBaseUrl() { return this.env.PUBLIC_BASE_URL ?? `http://localhost:${this.env.INGEST_PORT}`; }
  get retryScheduleMs(): number[] { return parseSchedule(this.env.RETRY_SCHEDULE); }
  get retryJitter() { return this.env.RETRY_JITTER; }
  get deliveryTimeoutMs() { return this.env.DELIVERY_TIMEOUT_MS; }
  get deliveryConcurrencyPerEndpoint() { return this.env.DELIVERY_CONCURRENCY_PER_ENDPOINT; }
  get autoDisableAfterMs() { return parseDuration(this.env.AUTO_DISABLE_AFTER); }
  get retentionDays() { return this.env.RETENTION_DAYS; }
  get retentionIntervalMs() { return parseDuration(this.env.RETENTION_INTERVAL); }
  get queueType() { return this.env.QUEUE_TYPE; }
  get allowPrivateTargets() { return this.env.ALLOW_PRIVATE_TARGETS; }
  get runMigrations() { return this.env.RUN_MIGRATIONS; }
  get maxEndpointsPerWorkspace() { return this.env.MAX_ENDPOINTS_PER_WORKSPACE; }
  get metaBodyLimitBytes() { return this.env.META_BODY_LIMIT_BYTES; }
  get reconcileIntervalMs() { return parseDuration(this.env.RECONCILE_INTERVAL); }
  get outboxRelayAfterMs() { return parseDuration(this.env.OUTBOX_RELAY_AFTER); }
  get logLevel() { return this.env.LOG_LEVEL; }
  get apiRateLimitPerSecond() { return this.env.API_RATE_LIMIT_PER_SECOND; }
  get apiRateLimitBurst() { return this.env.API_RATE_LIMIT_BURST; }
  get authFailureLimitPerMinute() { return this.env.AUTH_FAILURE_LIMIT_PER_MINUTE; }
  get testEventLimitPerMinute() { return this.env.TEST_EVENT_LIMIT_PER_MINUTE; }
  /** Fastify's trustProxy option from TRUST_PROXY. */
  get trustProxy(): boolean | number | string[] {
    const v = this.env.TRUST_PROXY.trim();
    if (v === 'true' || v === 'false') return v === 'true';
    if (/^\d+$/.test(v)) return Number(v);
    return v.split(',').map((s) => s.trim());
  }
  get isTest() { return this.env.NODE_ENV === 'test'; }
}
