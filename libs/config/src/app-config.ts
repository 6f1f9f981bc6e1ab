import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parseDuration, parseSchedule } from './duration';
import { EnvironmentVariables } from './env.dto';
import { DEVELOPMENT_SECRETS, EncryptionKey, parseEncryptionKeys, REQUIRED_SECRETS, RequiredSecret, SECRET_MIN_LENGTH } from './secrets';

export class ConfigValidationError extends Error {}

/**
 * The validated, typed configuration. This is the only place that reads process.env;
 * everything else receives an AppConfig through dependency injection.
 */
export class AppConfig {
  readonly env: EnvironmentVariables;

  /** Secrets that fell back to their public development values (only ever non-empty in development mode). */
  readonly developmentDefaults: RequiredSecret[];
  readonly encryptionKeys: EncryptionKey[];

  constructor(source: Record<string, string | undefined>) {
    const defined = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
    const { values, missing, defaulted } = applySecretPolicy(defined);
    const env = plainToInstance(EnvironmentVariables, values, { exposeDefaultValues: true });
    const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
    // A missing secret is reported once, as missing, not again by each of its rules.
    const lines = errors
      .filter((e) => !(missing as string[]).includes(e.property))
      .flatMap((e) => Object.values(e.constraints ?? {}).map((msg) => `  - ${e.property}=${displayValue(e.property, e.value)}: ${msg}`));
    let encryptionKeys: EncryptionKey[] = [];
    if (env.ENCRYPTION_KEYS !== undefined && !lines.some((l) => l.startsWith('  - ENCRYPTION_KEYS='))) {
      try {
        encryptionKeys = parseEncryptionKeys(env.ENCRYPTION_KEYS);
      } catch (err) {
        lines.push(`  - ENCRYPTION_KEYS=${displayValue('ENCRYPTION_KEYS', env.ENCRYPTION_KEYS)}: ${(err as Error).message}`);
      }
    }
    lines.push(...intervalProblems(env, lines));
    if (missing.length > 0 || lines.length > 0) throw new ConfigValidationError(describeProblems(missing, lines));
    this.env = env;
    this.developmentDefaults = defaulted;
    this.encryptionKeys = encryptionKeys;
  }

  static fromProcessEnv(): AppConfig {
    return new AppConfig(process.env);
  }

  get databaseUrl() {
    return this.env.DATABASE_URL;
  }
  /** The broker's nodes from AMQP_URL, in the order they are tried. */
  get amqpUrls(): string[] {
    return this.env.AMQP_URL.split(',')
      .map((u) => u.trim())
      .filter(Boolean);
  }
  get amqpNamespace() {
    return this.env.AMQP_NAMESPACE;
  }
  get metaAppSecret() {
    return this.env.META_APP_SECRET;
  }
  get metaVerifyToken() {
    return this.env.META_VERIFY_TOKEN;
  }
  get adminToken() {
    return this.env.ADMIN_TOKEN;
  }
  get ingestPort() {
    return this.env.INGEST_PORT;
  }
  get dispatcherPort() {
    return this.env.DISPATCHER_PORT;
  }
  get host() {
    return this.env.HOST;
  }
  get publicBaseUrl() {
    return this.env.PUBLIC_BASE_URL ?? `http://localhost:${this.env.INGEST_PORT}`;
  }
  get retryScheduleMs(): number[] {
    return parseSchedule(this.env.RETRY_SCHEDULE);
  }
  get retryJitter() {
    return this.env.RETRY_JITTER;
  }
  get deliveryTimeoutMs() {
    return this.env.DELIVERY_TIMEOUT_MS;
  }
  get deliveryConcurrencyPerEndpoint() {
    return this.env.DELIVERY_CONCURRENCY_PER_ENDPOINT;
  }
  get autoDisableAfterMs() {
    return parseDuration(this.env.AUTO_DISABLE_AFTER);
  }
  get deliveryFailingAfterMs() {
    return parseDuration(this.env.DELIVERY_FAILING_AFTER);
  }
  get retentionDays() {
    return this.env.RETENTION_DAYS;
  }
  get retentionIntervalMs() {
    return parseDuration(this.env.RETENTION_INTERVAL);
  }
  get deliverySweepIntervalMs() {
    return parseDuration(this.env.DELIVERY_SWEEP_INTERVAL);
  }
  get deliverySweepGraceMs() {
    return parseDuration(this.env.DELIVERY_SWEEP_GRACE);
  }
  get queueType() {
    return this.env.QUEUE_TYPE;
  }
  get allowPrivateTargets() {
    return this.env.ALLOW_PRIVATE_TARGETS;
  }
  get runMigrations() {
    return this.env.RUN_MIGRATIONS;
  }
  get maxEndpointsPerWorkspace() {
    return this.env.MAX_ENDPOINTS_PER_WORKSPACE;
  }
  get metaBodyLimitBytes() {
    return this.env.META_BODY_LIMIT_BYTES;
  }
  get reconcileIntervalMs() {
    return parseDuration(this.env.RECONCILE_INTERVAL);
  }
  get fullReconcileIntervalMs() {
    return parseDuration(this.env.FULL_RECONCILE_INTERVAL);
  }
  get dispatcherQueueSharing(): 'shared' | 'all' {
    return this.env.DISPATCHER_QUEUE_SHARING as 'shared' | 'all';
  }
  get dispatcherLeaseMs() {
    return parseDuration(this.env.DISPATCHER_LEASE);
  }
  /** Three beats per lease: one lost beat does not cost a replica its share. */
  get dispatcherHeartbeatMs() {
    return Math.floor(this.dispatcherLeaseMs / 3);
  }
  get outboxRelayAfterMs() {
    return parseDuration(this.env.OUTBOX_RELAY_AFTER);
  }
  get logLevel() {
    return this.env.LOG_LEVEL;
  }
  get apiRateLimitPerSecond() {
    return this.env.API_RATE_LIMIT_PER_SECOND;
  }
  get apiRateLimitBurst() {
    return this.env.API_RATE_LIMIT_BURST;
  }
  get authFailureLimitPerMinute() {
    return this.env.AUTH_FAILURE_LIMIT_PER_MINUTE;
  }
  get testEventLimitPerMinute() {
    return this.env.TEST_EVENT_LIMIT_PER_MINUTE;
  }
  /** CSP frame-ancestors of the settings page, whitespace normalised. */
  get portalFrameAncestors(): string {
    return this.env.PORTAL_FRAME_ANCESTORS.trim().split(/\s+/).join(' ');
  }
  get portalSessionMaxTtlMs() {
    return parseDuration(this.env.PORTAL_SESSION_MAX_TTL);
  }
  /** Fastify's trustProxy option from TRUST_PROXY. */
  get trustProxy(): boolean | number | string[] {
    const v = this.env.TRUST_PROXY.trim();
    if (v === 'true' || v === 'false') return v === 'true';
    if (/^\d+$/.test(v)) return Number(v);
    return v.split(',').map((s) => s.trim());
  }
  get isTest() {
    return this.env.NODE_ENV === 'test';
  }
  get isDevelopment() {
    return this.env.NODE_ENV === 'development';
  }
  get metricsPort() {
    return this.env.METRICS_PORT ?? null;
  }
  get metricsToken() {
    return this.env.METRICS_TOKEN ?? null;
  }

  /** The one warning an app logs at start in development mode; null otherwise. */
  get developmentWarning(): string | null {
    if (!this.isDevelopment) return null;
    const defaults = this.developmentDefaults.length ? `using the public development values of ${this.developmentDefaults.join(', ')}` : 'all secrets are set';
    return `DEVELOPMENT MODE (NODE_ENV=development): ${defaults}. Never run this way in production: unset NODE_ENV and set every secret (see docs/operations.md, "Security").`;
  }
}

/**
 * Outside development mode every required secret must be given. In development mode (NODE_ENV set to
 * "development" explicitly) missing secrets take their public development values.
 */
function applySecretPolicy(defined: Record<string, string | undefined>): {
  values: Record<string, string | undefined>;
  missing: RequiredSecret[];
  defaulted: RequiredSecret[];
} {
  const absent = REQUIRED_SECRETS.filter((name) => defined[name] === undefined);
  if (defined.NODE_ENV !== 'development') return { values: defined, missing: absent, defaulted: [] };
  const fallbacks = Object.fromEntries(absent.map((name) => [name, DEVELOPMENT_SECRETS[name]]));
  return { values: { ...defined, ...fallbacks }, missing: [], defaulted: absent };
}

function describeProblems(missing: RequiredSecret[], lines: string[]): string {
  const parts: string[] = [];
  if (missing.length > 0) {
    parts.push(
      `Missing required configuration: ${missing.join(', ')}.\n` +
        `  Set ${missing.length === 1 ? 'it' : 'each'} (secrets: at least ${SECRET_MIN_LENGTH} characters; see .env.example and docs/operations.md, "Security"),\n` +
        '  or set NODE_ENV=development to run locally with public development values.',
    );
  }
  if (lines.length > 0) parts.push(`Invalid configuration:\n${lines.join('\n')}`);
  return parts.join('\n');
}

/** Error messages name a bad variable but never print a secret's value. */
function displayValue(property: string, value: unknown): string {
  if (SECRET_VARIABLES.has(property) && typeof value === 'string') return `<${value.length} characters, hidden>`;
  return JSON.stringify(value);
}

// Connection URLs carry credentials.
const SECRET_VARIABLES = new Set<string>([...REQUIRED_SECRETS, 'METRICS_TOKEN', 'DATABASE_URL', 'AMQP_URL']);

/** Shorter, and a busy event loop or a slow database write would cost a live replica its share. */
const MIN_DISPATCHER_LEASE_MS = 3_000;

/** Rules across settings, once each setting is valid on its own. */
function intervalProblems(env: EnvironmentVariables, lines: string[]): string[] {
  const invalid = (name: string) => lines.some((l) => l.startsWith(`  - ${name}=`));
  const found: string[] = [];
  if (!invalid('DISPATCHER_LEASE') && parseDuration(env.DISPATCHER_LEASE) < MIN_DISPATCHER_LEASE_MS) {
    found.push(`  - DISPATCHER_LEASE=${env.DISPATCHER_LEASE}: must be at least 3s (a replica beats every third of it)`);
  }
  if (invalid('RECONCILE_INTERVAL') || invalid('FULL_RECONCILE_INTERVAL')) return found;
  if (parseDuration(env.FULL_RECONCILE_INTERVAL) < parseDuration(env.RECONCILE_INTERVAL)) {
    found.push(`  - FULL_RECONCILE_INTERVAL=${env.FULL_RECONCILE_INTERVAL}: must not be shorter than RECONCILE_INTERVAL (${env.RECONCILE_INTERVAL})`);
  }
  return found;
}
