import { MessageProperties, Options } from 'amqplib';

/**
 * The AMQP message format of a delivery, in one place: the publisher (first attempt), the requeue
 * publisher (resend, recover), the retry scheduler and the dispatcher's consumer all encode and decode
 * through here, so a header name or its meaning cannot drift between them.
 *
 * Body: the event envelope as JSON, sent to the customer byte for byte as signed.
 * Headers (all optional; a first delivery published to the events exchange carries none):
 * - `x-attempt`: attempt number this delivery is recorded under (1 when absent);
 * - `x-schedule-base`: attempts made before a resend/recover; the retry schedule restarts after them;
 * - `x-trigger`: why the message is in the queue (auto, retry, manual, recover, sweep, test);
 * - `x-retry`: 0 when a failure must not be retried (a manual resend is one attempt);
 * - `delay-tier`: the delay queue a retry waits in (set only on retries);
 * - `x-workspace-id`: the event's workspace (set on retries, see below).
 *
 * The event's identity, so the dispatcher reads the body only when an endpoint's phone-number filter or
 * an operational event needs more: `message-id` is the event id and `timestamp` its created_at second.
 * A first delivery's routing key names its workspace and type (`<workspace id>.<event type>`); a retry
 * carries them as the `type` property and the `x-workspace-id` header. A message without them (from an
 * earlier version, or a resend) has its body parsed instead.
 */
export const JOB_HEADERS = {
  attempt: 'x-attempt',
  scheduleBase: 'x-schedule-base',
  trigger: 'x-trigger',
  retry: 'x-retry',
  /** Not "x-"-prefixed on purpose: a headers exchange ignores x- headers when matching. */
  delayTier: 'delay-tier',
  workspace: 'x-workspace-id',
} as const;

export const DELIVERY_TRIGGERS = ['auto', 'retry', 'manual', 'recover', 'sweep', 'test'] as const;
export type DeliveryTrigger = (typeof DELIVERY_TRIGGERS)[number];

/** The envelope fields the dispatcher reads; the body itself is passed on untouched. */
export interface JobEnvelope {
  id: string;
  type: string;
  workspace_id: string;
  /** The event time; its UTC day is the partition key of the delivery's rows. */
  created_at?: string;
  phone_number_id?: string | null;
  test?: boolean;
  /** Read only for operational events (their subject endpoint is `data.endpoint_id`). */
  data?: unknown;
}

/** What identifies the event of a message, besides the body. */
export interface EventIdentity {
  id: string;
  type: string;
  workspaceId: string;
  /** The envelope's created_at (ISO 8601, whole seconds). */
  createdAt: string;
}

/** A workspace id (a UUID): what a first delivery's routing key starts with. */
const WORKSPACE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One delivery to one endpoint, decoded and validated. */
export interface DeliveryJob {
  endpointId: string;
  envelope: JobEnvelope;
  /** The envelope's created_at in epoch milliseconds; NaN when it has none or it is unreadable. */
  createdAtMs: number;
  /** The exact bytes consumed: signed and sent as they are. */
  body: Buffer;
  attempt: number;
  scheduleBase: number;
  trigger: DeliveryTrigger;
  /** False for a one-shot delivery (manual resend): a failure is final. */
  retryAllowed: boolean;
}

/** What the message says about the delivery, besides the body. */
export interface JobMeta {
  attempt: number;
  scheduleBase: number;
  trigger: DeliveryTrigger;
  retry: boolean;
}

export type DecodedJob = { ok: true; job: DeliveryJob } | { ok: false; reason: string };

/** Headers dead-lettering adds; dropped when a message is scheduled again. */
const DEATH_HEADER = /^x-(death|first-death-|last-death-)/;

function positiveInt(value: unknown, fallback: number): number {
  const n = Number(value ?? fallback);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** The attempt number of a consumed message (1 when absent: the first delivery). */
export function attemptOf(properties: Pick<MessageProperties, 'headers'>): number {
  return positiveInt(properties.headers?.[JOB_HEADERS.attempt], 1);
}

function parseJson(content: Buffer): Partial<JobEnvelope> | null {
  try {
    const e = JSON.parse(content.toString('utf8')) as unknown;
    return e !== null && typeof e === 'object' ? (e as Partial<JobEnvelope>) : null;
  } catch {
    return null;
  }
}

function parseEnvelope(content: Buffer): JobEnvelope | null {
  const e = parseJson(content);
  return typeof e?.id === 'string' && typeof e.type === 'string' && typeof e.workspace_id === 'string' ? (e as JobEnvelope) : null;
}

/**
 * An envelope known from the message properties: id, type and workspace at once, the rest of the body
 * parsed on first use (most deliveries never need it: no phone-number filter, not an operational event).
 * A body that turns out not to be JSON reads as an envelope without those fields.
 */
class PropertiesEnvelope implements JobEnvelope {
  private parsed: Partial<JobEnvelope> | null | undefined;

  constructor(
    readonly id: string,
    readonly type: string,
    readonly workspace_id: string,
    private readonly content: Buffer,
  ) {}

  private get body(): Partial<JobEnvelope> {
    if (this.parsed === undefined) this.parsed = parseJson(this.content);
    return this.parsed ?? {};
  }

  get created_at(): string | undefined {
    return this.body.created_at;
  }

  get phone_number_id(): string | null | undefined {
    return this.body.phone_number_id;
  }

  get test(): boolean | undefined {
    return this.body.test;
  }

  get data(): unknown {
    return this.body.data;
  }

  /** What JSON.stringify and test matchers see: the fields as the body has them. */
  toJSON(): Partial<JobEnvelope> {
    return { ...this.body, id: this.id, type: this.type, workspace_id: this.workspace_id };
  }
}

type IdentityProperties = Pick<MessageProperties, 'headers'> & Partial<Pick<MessageProperties, 'messageId' | 'type' | 'timestamp'>>;

/** Workspace and type from a first delivery's routing key, or from a retry's type property and header. */
function workspaceAndType(properties: IdentityProperties, eventsRoutingKey: string | null): [string, string] | null {
  if (eventsRoutingKey !== null) {
    const dot = eventsRoutingKey.indexOf('.');
    const workspace = eventsRoutingKey.slice(0, dot);
    return dot > 0 && dot < eventsRoutingKey.length - 1 && WORKSPACE_ID.test(workspace) ? [workspace, eventsRoutingKey.slice(dot + 1)] : null;
  }
  const workspace: unknown = properties.headers?.[JOB_HEADERS.workspace];
  return typeof workspace === 'string' && workspace && typeof properties.type === 'string' && properties.type ? [workspace, properties.type] : null;
}

/** The envelope and its time without reading the body, when the message says them all; null otherwise. */
function fromIdentity(content: Buffer, properties: IdentityProperties, eventsRoutingKey: string | null): { envelope: JobEnvelope; createdAtMs: number } | null {
  const { messageId, timestamp } = properties;
  if (typeof messageId !== 'string' || !messageId || typeof timestamp !== 'number' || !Number.isFinite(timestamp)) return null;
  const known = workspaceAndType(properties, eventsRoutingKey);
  return known ? { envelope: new PropertiesEnvelope(messageId, known[1], known[0], content), createdAtMs: timestamp * 1000 } : null;
}

/**
 * A consumed message → a delivery job, or why it cannot be one. `eventsRoutingKey`: the routing key when
 * the message came through the events exchange (a first delivery), null otherwise.
 */
export function decodeDeliveryJob(endpointId: string, content: Buffer, properties: IdentityProperties, eventsRoutingKey: string | null = null): DecodedJob {
  let known = fromIdentity(content, properties, eventsRoutingKey);
  if (!known) {
    const envelope = parseEnvelope(content);
    if (!envelope) return { ok: false, reason: 'body is not an event envelope (id, type and workspace_id are required)' };
    known = { envelope, createdAtMs: typeof envelope.created_at === 'string' ? Date.parse(envelope.created_at) : NaN };
  }
  const { envelope, createdAtMs } = known;
  const headers = properties.headers ?? {};
  const trigger = DELIVERY_TRIGGERS.includes(headers[JOB_HEADERS.trigger]) ? (headers[JOB_HEADERS.trigger] as DeliveryTrigger) : 'auto';
  const schedule = Number(headers[JOB_HEADERS.scheduleBase]);
  return {
    ok: true,
    job: {
      endpointId,
      envelope,
      createdAtMs,
      body: content,
      attempt: attemptOf(properties),
      scheduleBase: Number.isInteger(schedule) && schedule >= 0 ? schedule : 0,
      trigger,
      retryAllowed: headers[JOB_HEADERS.retry] === undefined || Number(headers[JOB_HEADERS.retry]) !== 0,
    },
  };
}

/**
 * Publish options of a first delivery to the events exchange (its routing key names workspace and type):
 * the id and the created_at second, no headers.
 */
export function eventPublishOptions(event: Pick<EventIdentity, 'id' | 'createdAt'>): Options.Publish {
  const options: Options.Publish = { persistent: true, messageId: event.id, contentType: 'application/json' };
  const seconds = Math.floor(Date.parse(event.createdAt) / 1000);
  if (Number.isFinite(seconds)) options.timestamp = seconds;
  return options;
}

/** Publish options of a resend, recover or sweep, straight into an endpoint queue (its body is parsed there). */
export function jobPublishOptions(eventId: string, meta: JobMeta): Options.Publish {
  return {
    persistent: true,
    messageId: eventId,
    contentType: 'application/json',
    headers: {
      [JOB_HEADERS.attempt]: meta.attempt,
      [JOB_HEADERS.scheduleBase]: meta.scheduleBase,
      [JOB_HEADERS.trigger]: meta.trigger,
      [JOB_HEADERS.retry]: meta.retry ? 1 : 0,
    },
  };
}

/**
 * Publish options of a retry of a consumed message: its headers carried over (dead-letter bookkeeping
 * dropped), the next attempt number, the delay tier it waits in and the jittered expiration, and the
 * event's type and workspace (its routing key no longer says them).
 */
export function retryPublishOptions(
  original: MessageProperties,
  plan: { nextAttempt: number; tierMs: number; delayMs: number },
  event: Pick<JobEnvelope, 'type' | 'workspace_id'>,
): Options.Publish {
  const headers: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(original.headers ?? {})) if (!DEATH_HEADER.test(k)) headers[k] = v;
  headers[JOB_HEADERS.attempt] = plan.nextAttempt;
  headers[JOB_HEADERS.delayTier] = String(plan.tierMs);
  headers[JOB_HEADERS.workspace] = event.workspace_id;
  return {
    persistent: true,
    contentType: original.contentType ?? 'application/json',
    messageId: original.messageId,
    type: event.type,
    ...(original.timestamp !== undefined ? { timestamp: original.timestamp } : {}),
    headers,
    expiration: String(Math.min(plan.delayMs, plan.tierMs)),
  };
}
