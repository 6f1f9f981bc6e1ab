import { loadMetaFixture, metaSignature } from './api-client';
import { META_APP_SECRET } from './test-environment';
import { sleep } from './wait';
import { WebhookReceiver } from './webhook-receiver';

// Steady Meta load for fault tests, and the count of what came out: each signed POST carries one status
// change with its own wamid; a tally says how many were acknowledged, delivered, duplicated and missing.

/** The answer to one signed Meta POST carrying one status change with its own wamid. */
export interface Outcome {
  wamid: string;
  status: number | 'error';
  answeredAt: number;
}

export interface Tenant {
  wabaId: string;
  receivers: WebhookReceiver[];
}

/**
 * Sends `ratePerSecond` Meta POSTs for `duration` (milliseconds, or until the promise settles), without
 * waiting for answers between sends.
 */
export async function sendMeta(
  ingestUrl: string,
  tenant: Tenant,
  prefix: string,
  ratePerSecond: number,
  duration: number | Promise<unknown>,
): Promise<Outcome[]> {
  const template = loadMetaFixture('statuses-delivered.json') as Record<string, any>;
  let done = false;
  const count = typeof duration === 'number' ? Math.round((ratePerSecond * duration) / 1000) : Infinity;
  if (typeof duration !== 'number') void duration.finally(() => (done = true)).catch(() => undefined);
  const started = Date.now();
  const pending: Promise<Outcome>[] = [];
  for (let n = 0; n < count && !done; n++) {
    const due = started + (n * 1000) / ratePerSecond;
    if (due > Date.now()) await sleep(due - Date.now());
    const body = JSON.parse(JSON.stringify(template));
    body.entry[0].id = tenant.wabaId;
    const wamid = `wamid.${prefix}-${n}`;
    body.entry[0].changes[0].value.statuses[0].id = wamid;
    const raw = JSON.stringify(body);
    pending.push(
      fetch(`${ingestUrl}/meta/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(raw, META_APP_SECRET) },
        body: raw,
        signal: AbortSignal.timeout(15_000),
      }).then(
        async (res) => {
          await res.arrayBuffer();
          return { wamid, status: res.status, answeredAt: Date.now() };
        },
        () => ({ wamid, status: 'error' as const, answeredAt: Date.now() }),
      ),
    );
  }
  return Promise.all(pending);
}

export interface Tally {
  sent: number;
  acknowledged: number;
  delivered: number;
  duplicates: number;
  missing: string[];
}

/** Counts one receiver's deliveries of the run `prefix`; duplicates = requests beyond one per event. */
export function tally(outcomes: Outcome[], receiver: Pick<WebhookReceiver, 'requests'>, prefix: string): Tally {
  const acknowledged = outcomes.filter((o) => o.status === 200).map((o) => o.wamid);
  const requests = receiver.requests.filter((r) =>
    String((r.json.data as Record<string, unknown> | undefined)?.message_id ?? '').startsWith(`wamid.${prefix}-`),
  );
  const delivered = new Set(requests.map((r) => String((r.json.data as Record<string, unknown>).message_id)));
  const deliveryIds = new Set(requests.map((r) => String(r.headers['webhook-id'])));
  return {
    sent: outcomes.length,
    acknowledged: acknowledged.length,
    delivered: delivered.size,
    duplicates: requests.length - deliveryIds.size,
    missing: acknowledged.filter((w) => !delivered.has(w)),
  };
}

/** Waits (bounded) until every acknowledged change reached the receiver, then tallies. */
export async function awaitDelivery(outcomes: Outcome[], receiver: Pick<WebhookReceiver, 'requests'>, prefix: string, timeoutMs = 30_000): Promise<Tally> {
  const deadline = Date.now() + timeoutMs;
  let t = tally(outcomes, receiver, prefix);
  while (t.missing.length > 0 && Date.now() < deadline) {
    await sleep(200);
    t = tally(outcomes, receiver, prefix);
  }
  await sleep(500); // a redelivery in flight would be counted as a duplicate
  return tally(outcomes, receiver, prefix);
}

export function print(fault: string, t: Tally, extra = ''): void {
  console.log(
    `fault=${fault} sent=${t.sent} acknowledged=${t.acknowledged} delivered=${t.delivered} duplicates=${t.duplicates} missing=${t.missing.length}${extra ? ' ' + extra : ''}`,
  );
}

export const statusCounts = (outcomes: Outcome[]) =>
  outcomes.reduce<Record<string, number>>((acc, o) => ((acc[String(o.status)] = (acc[String(o.status)] ?? 0) + 1), acc), {});
