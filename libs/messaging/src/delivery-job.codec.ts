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
 * - `delay-tier`: the delay queue a retry waits in (set only on retries).
 */
export const JOB_HEADERS = {
  attempt: 'x-attempt',
  scheduleBase: 'x-schedule-base',
  trigger: 'x-trigger',
  retry: 'x-retry',
  /** Not "x-"-prefixed on purpose: a headers exchange ignores x- headers when matching. */
  delayTier: 'delay-tier',
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

/** One delivery to one endpoint, decoded and validated. */
export interface DeliveryJob {
  endpointId: string;
  envelope: JobEnvelope;
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

function parseEnvelope(content: Buffer): JobEnvelope | null {
  try {
    const e = JSON.parse(content.toString('utf8')) as Partial<JobEnvelope> | null;
    if (typeof e?.id === 'string' && typeof e.type === 'string' && typeof e.workspace_id === 'string') return e as JobEnvelope;
  } catch {
    // not JSON: reported below
  }
  return null;
}

/** A consumed message → a delivery job, or why it cannot be one. */
export function decodeDeliveryJob(endpointId: string, content: Buffer, properties: Pick<MessageProperties, 'headers'>): DecodedJob {
  const envelope = parseEnvelope(content);
  if (!envelope) return { ok: false, reason: 'body is not an event envelope (id, type and workspace_id are required)' };
  const headers = properties.headers ?? {};
  const trigger = DELIVERY_TRIGGERS.includes(headers[JOB_HEADERS.trigger]) ? (headers[JOB_HEADERS.trigger] as DeliveryTrigger) : 'auto';
  const schedule = Number(headers[JOB_HEADERS.scheduleBase]);
  return {
    ok: true,
    job: {
      endpointId,
      envelope,
      body: content,
      attempt: attemptOf(properties),
      scheduleBase: Number.isInteger(schedule) && schedule >= 0 ? schedule : 0,
      trigger,
      retryAllowed: headers[JOB_HEADERS.retry] === undefined || Number(headers[JOB_HEADERS.retry]) !== 0,
    },
  };
}

/** Publish options of an event envelope; `meta` is given for anything but a first delivery. */
export function jobPublishOptions(eventId: string, meta?: JobMeta): Options.Publish {
  return {
    persistent: true,
    messageId: eventId,
    contentType: 'application/json',
    ...(meta
      ? {
          headers: {
            [JOB_HEADERS.attempt]: meta.attempt,
            [JOB_HEADERS.scheduleBase]: meta.scheduleBase,
            [JOB_HEADERS.trigger]: meta.trigger,
            [JOB_HEADERS.retry]: meta.retry ? 1 : 0,
          },
        }
      : {}),
  };
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
    headers,
    expiration: String(Math.min(plan.delayMs, plan.tierMs)),
  };
}
