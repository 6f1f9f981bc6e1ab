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
 * - `x-workspace-id`: the event's workspace (see below).
 *
 * Properties: `message-id` is the event id. A message published with the event's identity also carries
 * its type (`type`), its created_at in whole seconds (`timestamp`) and its workspace (`x-workspace-id`):
 * the dispatcher then reads the body only when an endpoint's filter or an operational event needs more.
 * Without them (messages of an earlier version, resends) the body is parsed as before.
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

/** What identifies the event of a message: sent as message properties beside the body. */
export interface EventIdentity {
  id: string;
  type: string;
  workspaceId: string;
  /** The envelope's created_at (ISO 8601, whole seconds). */
  createdAt: string;
}

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

/** The envelope and its time from the properties, when the publisher set them all; null otherwise. */
function fromProperties(content: Buffer, properties: IdentityProperties): { envelope: JobEnvelope; createdAtMs: number } | null {
  const { messageId, type, timestamp } = properties;
  const workspace: unknown = properties.headers?.[JOB_HEADERS.workspace];
  if (typeof messageId !== 'string' || typeof type !== 'string' || typeof workspace !== 'string' || typeof timestamp !== 'number') return null;
  if (!messageId || !type || !workspace || !Number.isFinite(timestamp)) return null;
  return { envelope: new PropertiesEnvelope(messageId, type, workspace, content), createdAtMs: timestamp * 1000 };
}

/** A consumed message → a delivery job, or why it cannot be one. */
export function decodeDeliveryJob(endpointId: string, content: Buffer, properties: IdentityProperties): DecodedJob {
  let known = fromProperties(content, properties);
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
 * Publish options of an event envelope: its id, or its whole identity (see the format above); `meta` is
 * given for anything but a first delivery.
 */
export function jobPublishOptions(event: string | EventIdentity, meta?: JobMeta): Options.Publish {
  const options: Options.Publish = { persistent: true, messageId: typeof event === 'string' ? event : event.id, contentType: 'application/json' };
  const headers: Record<string, unknown> = {};
  if (typeof event !== 'string') {
    const seconds = Math.floor(Date.parse(event.createdAt) / 1000);
    if (Number.isFinite(seconds)) {
      options.type = event.type;
      options.timestamp = seconds;
      headers[JOB_HEADERS.workspace] = event.workspaceId;
    }
  }
  if (meta) {
    headers[JOB_HEADERS.attempt] = meta.attempt;
    headers[JOB_HEADERS.scheduleBase] = meta.scheduleBase;
    headers[JOB_HEADERS.trigger] = meta.trigger;
    headers[JOB_HEADERS.retry] = meta.retry ? 1 : 0;
  }
  return Object.keys(headers).length > 0 ? { ...options, headers } : options;
}

/**
 * Publish options of a retry of a consumed message: its headers carried over (dead-letter bookkeeping
 * dropped), the next attempt number, the delay tier it waits in and the jittered expiration.
 */
export function retryPublishOptions(original: MessageProperties, plan: { nextAttempt: number; tierMs: number; delayMs: number }): Options.Publish {
  const headers: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(original.headers ?? {})) if (!DEATH_HEADER.test(k)) headers[k] = v;
  headers[JOB_HEADERS.attempt] = plan.nextAttempt;
  headers[JOB_HEADERS.delayTier] = String(plan.tierMs);
  return {
    persistent: true,
    contentType: original.contentType ?? 'application/json',
    messageId: original.messageId,
    // The event's identity travels on with it (the workspace is among the headers above).
    ...(original.type !== undefined ? { type: original.type } : {}),
    ...(original.timestamp !== undefined ? { timestamp: original.timestamp } : {}),
    headers,
    expiration: String(Math.min(plan.delayMs, plan.tierMs)),
  };
}
