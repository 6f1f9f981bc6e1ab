import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { SECRET_MIN_LENGTH } from './secrets';

const toBoolean = ({ value }: { value: unknown }) => {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off', ''].includes(v)) return false;
  return value;
};
const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value);

/** One CSP frame-ancestors source: 'self', a scheme, or an origin without a path (host may start with *.). */
const FRAME_SOURCE = String.raw`(?:'self'|https?:|https?://(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::(?:\d{1,5}|\*))?)`;
const FRAME_ANCESTORS = new RegExp(String.raw`^(?:'none'|${FRAME_SOURCE}(?:\s+${FRAME_SOURCE})*)$`, 'i');

/** Every environment variable the apps read, with its default and its rule. Validated once at boot. */
export class EnvironmentVariables {
  /** Unset means production: secrets are required. Only an explicit "development" allows the public development values. */
  @IsIn(['development', 'production', 'test'], { message: 'NODE_ENV must be production, development or test' })
  NODE_ENV: 'development' | 'production' | 'test' = 'production';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/wa_webhooks';

  /**
   * One amqp(s):// URL, or the nodes of a cluster separated by commas: the apps connect to the first and
   * move on to the next one when a node is lost (a comma inside a password must be written %2C).
   */
  @Matches(/^\s*amqps?:\/\/[^\s,]+\s*(,\s*amqps?:\/\/[^\s,]+\s*)*$/, {
    message: 'AMQP_URL must be an amqp:// or amqps:// URL, or several separated by commas (the nodes of a cluster)',
  })
  AMQP_URL = 'amqp://guest:guest@127.0.0.1:5672';

  /** Prefix of every exchange and queue name, so several installs (or test runs) can share a broker. */
  @Matches(/^[a-z][a-z0-9_-]{0,40}$/, { message: 'AMQP_NAMESPACE must be lowercase letters, digits, - or _ (max 41)' })
  AMQP_NAMESPACE = 'wawh';

  // Secrets: no default here. AppConfig refuses to start without them, except with NODE_ENV=development.
  @IsString()
  @MinLength(SECRET_MIN_LENGTH, { message: `META_APP_SECRET must be at least ${SECRET_MIN_LENGTH} characters` })
  META_APP_SECRET: string;

  @IsString()
  @MinLength(SECRET_MIN_LENGTH, { message: `META_VERIFY_TOKEN must be at least ${SECRET_MIN_LENGTH} characters` })
  META_VERIFY_TOKEN: string;

  @IsString()
  @MinLength(SECRET_MIN_LENGTH, { message: `ADMIN_TOKEN must be at least ${SECRET_MIN_LENGTH} characters` })
  ADMIN_TOKEN: string;

  /** "<id>:<base64 32-byte key>[,<id>:<key>…]": the first encrypts, all decrypt (parsed by AppConfig). */
  @IsString()
  @MinLength(SECRET_MIN_LENGTH, { message: `ENCRYPTION_KEYS must be at least ${SECRET_MIN_LENGTH} characters` })
  ENCRYPTION_KEYS: string;

  /** Serve /metrics on this port only (not on the app's port), e.g. for an internal scrape network. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'METRICS_PORT must be an integer' })
  @Min(1, { message: 'METRICS_PORT must be between 1 and 65535' })
  @Max(65535, { message: 'METRICS_PORT must be between 1 and 65535' })
  METRICS_PORT?: number;

  /** When set, /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`. */
  @IsOptional()
  @IsString()
  @MinLength(SECRET_MIN_LENGTH, { message: `METRICS_TOKEN must be at least ${SECRET_MIN_LENGTH} characters` })
  METRICS_TOKEN?: string;

  @Transform(toInt)
  @IsInt({ message: 'INGEST_PORT must be an integer' })
  @Min(0)
  @Max(65535)
  INGEST_PORT = 3000;

  @Transform(toInt)
  @IsInt({ message: 'DISPATCHER_PORT must be an integer' })
  @Min(0)
  @Max(65535)
  DISPATCHER_PORT = 3001;

  @IsString()
  HOST = '0.0.0.0';

  /** Public base URL printed in logs and used by the docs (defaults to http://localhost:INGEST_PORT). */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'PUBLIC_BASE_URL must be an http(s) URL' })
  PUBLIC_BASE_URL?: string;

  /** Comma-separated delays between attempts, e.g. "5s,30s,2m". Attempts = delays + 1. */
  @Matches(/^\s*\d+(ms|s|m|h|d)\s*(,\s*\d+(ms|s|m|h|d)\s*)*$/, {
    message: 'RETRY_SCHEDULE must be a comma-separated list of durations like "5s,30s,2m,10m,1h,1d"',
  })
  RETRY_SCHEDULE = '5s,30s,2m,10m,30m,1h,3h,6h,12h,24h';

  /** Random spread applied to each retry delay, as a fraction (0.2 = up to 20% shorter). */
  @Transform(({ value }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value))
  @Min(0, { message: 'RETRY_JITTER must be between 0 and 0.5' })
  @Max(0.5, { message: 'RETRY_JITTER must be between 0 and 0.5' })
  RETRY_JITTER = 0.2;

  @Transform(toInt)
  @IsInt({ message: 'DELIVERY_TIMEOUT_MS must be an integer' })
  @Min(100)
  @Max(120000)
  DELIVERY_TIMEOUT_MS = 15000;

  /** Deliveries in flight per endpoint per dispatcher replica. */
  @Transform(toInt)
  @IsInt({ message: 'DELIVERY_CONCURRENCY_PER_ENDPOINT must be an integer' })
  @Min(1)
  @Max(1000)
  DELIVERY_CONCURRENCY_PER_ENDPOINT = 32;

  @Matches(/^\d+(ms|s|m|h|d)$/, { message: 'AUTO_DISABLE_AFTER must be a duration like "5d" or "12h"' })
  AUTO_DISABLE_AFTER = '5d';

  /** Failing this long without a success sends webhook.delivery_failing (the warning before AUTO_DISABLE_AFTER). */
  @Matches(/^\d+(ms|s|m|h|d)$/, { message: 'DELIVERY_FAILING_AFTER must be a duration like "15m" or "1h"' })
  DELIVERY_FAILING_AFTER = '15m';

  @Transform(toInt)
  @IsInt({ message: 'RETENTION_DAYS must be an integer' })
  @Min(1)
  @Max(3650)
  RETENTION_DAYS = 30;

  /** How often the retention job runs. */
  @Matches(/^\d+(ms|s|m|h)$/, { message: 'RETENTION_INTERVAL must be a duration like "1h"' })
  RETENTION_INTERVAL = '1h';

  /** How often the ingest looks for pending deliveries whose message was lost (and re-publishes them). */
  @Matches(/^[1-9]\d*(ms|s|m|h)$/, { message: 'DELIVERY_SWEEP_INTERVAL must be a duration above zero like "1m"' })
  DELIVERY_SWEEP_INTERVAL = '1m';

  /** How long past its due time (and its planned delay again) a pending delivery must be to count as lost. */
  @Matches(/^[1-9]\d*(ms|s|m|h)$/, { message: 'DELIVERY_SWEEP_GRACE must be a duration above zero like "15m"' })
  DELIVERY_SWEEP_GRACE = '15m';

  @IsIn(['classic', 'quorum'], { message: 'QUEUE_TYPE must be "classic" or "quorum"' })
  QUEUE_TYPE: 'classic' | 'quorum' = 'classic';

  @Transform(toBoolean)
  @IsBoolean({ message: 'ALLOW_PRIVATE_TARGETS must be true or false' })
  ALLOW_PRIVATE_TARGETS = false;

  @Transform(toBoolean)
  @IsBoolean({ message: 'RUN_MIGRATIONS must be true or false' })
  RUN_MIGRATIONS = true;

  @Transform(toInt)
  @IsInt({ message: 'MAX_ENDPOINTS_PER_WORKSPACE must be an integer' })
  @Min(1)
  MAX_ENDPOINTS_PER_WORKSPACE = 50;

  /** Largest Meta POST accepted, in bytes (Meta batches stay well below 3 MB). */
  @Transform(toInt)
  @IsInt({ message: 'META_BODY_LIMIT_BYTES must be an integer' })
  @Min(65536)
  META_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

  /** How often dispatchers read the endpoints changed or deleted since their last look (heals a missed control message). */
  @Matches(/^\d+(ms|s|m|h)$/, { message: 'RECONCILE_INTERVAL must be a duration like "30s"' })
  RECONCILE_INTERVAL = '30s';

  /** How often dispatchers re-read every endpoint (the incremental reads in between see only changes). */
  @Matches(/^\d+(s|m|h|d)$/, { message: 'FULL_RECONCILE_INTERVAL must be a duration like "1h"' })
  FULL_RECONCILE_INTERVAL = '1h';

  /** `shared`: each dispatcher replica consumes its share of the endpoint queues; `all`: every replica consumes every queue. */
  @IsIn(['shared', 'all'], { message: 'DISPATCHER_QUEUE_SHARING must be shared or all' })
  DISPATCHER_QUEUE_SHARING = 'shared';

  /** A dispatcher replica whose heartbeat is older than this is dead and its share moves (it beats every third of it). */
  @Matches(/^\d+(ms|s|m)$/, { message: 'DISPATCHER_LEASE must be a duration like "15s"' })
  DISPATCHER_LEASE = '15s';

  /** Outbox relay: re-publish events committed this long ago and still not confirmed by the broker. */
  @Matches(/^\d+(ms|s|m)$/, { message: 'OUTBOX_RELAY_AFTER must be a duration like "10s"' })
  OUTBOX_RELAY_AFTER = '10s';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'LOG_LEVEL must be a pino level' })
  LOG_LEVEL = 'info';

  /** Requests per second per API key on /v1 (token bucket refill rate). */
  @Transform(toInt)
  @IsInt({ message: 'API_RATE_LIMIT_PER_SECOND must be an integer' })
  @Min(1)
  @Max(100000)
  API_RATE_LIMIT_PER_SECOND = 20;

  /** Requests an API key may send at once above the steady rate (token bucket size). */
  @Transform(toInt)
  @IsInt({ message: 'API_RATE_LIMIT_BURST must be an integer' })
  @Min(1)
  @Max(100000)
  API_RATE_LIMIT_BURST = 100;

  /** Failed authentications (/v1 and /admin/v1) per client address per minute before that address gets 429. */
  @Transform(toInt)
  @IsInt({ message: 'AUTH_FAILURE_LIMIT_PER_MINUTE must be an integer' })
  @Min(1)
  @Max(100000)
  AUTH_FAILURE_LIMIT_PER_MINUTE = 20;

  /** Test events (POST /v1/webhooks/{id}/test) per endpoint per minute. */
  @Transform(toInt)
  @IsInt({ message: 'TEST_EVENT_LIMIT_PER_MINUTE must be an integer' })
  @Min(1)
  @Max(10000)
  TEST_EVENT_LIMIT_PER_MINUTE = 5;

  /**
   * Who may embed the settings page in a frame (CSP frame-ancestors): 'none', or space-separated
   * 'self', schemes (https:) and origins (https://app.example.com, https://*.example.com:8443).
   */
  @Matches(FRAME_ANCESTORS, {
    message: "PORTAL_FRAME_ANCESTORS must be 'none' or space-separated 'self', schemes (https:) and origins (https://app.example.com)",
  })
  PORTAL_FRAME_ANCESTORS = "'none'";

  /** Longest lifetime a settings-page sign-in (POST /admin/v1/workspaces/{id}/portal-sessions) may ask for. */
  @Matches(/^\d+(s|m|h|d)$/, { message: 'PORTAL_SESSION_MAX_TTL must be a duration like "24h"' })
  PORTAL_SESSION_MAX_TTL = '24h';

  /**
   * Which peers may set X-Forwarded-For (the client address used by logs and rate limits): "true", "false",
   * a hop count, or comma-separated addresses/CIDRs/"loopback"/"linklocal"/"uniquelocal".
   */
  @Matches(/^(true|false|\d{1,2}|[0-9a-zA-Z.:/]+(\s*,\s*[0-9a-zA-Z.:/]+)*)$/, {
    message: 'TRUST_PROXY must be true, false, a hop count or a comma-separated list of addresses/CIDRs',
  })
  TRUST_PROXY = 'loopback,linklocal,uniquelocal';
}
