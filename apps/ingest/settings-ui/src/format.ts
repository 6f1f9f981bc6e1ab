import type { Webhook, WebhookHealth } from './types';

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function timeAgo(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return 'never';
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return iso;
  const s = Math.max(0, Math.round((now - t) / 1000));
  if (s < 60) return s <= 5 ? 'just now' : `${s} s ago`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min ago`;
  const hrs = Math.round(m / 60);
  if (hrs < 48) return `${hrs} h ago`;
  return `${Math.round(hrs / 24)} days ago`;
}

/** Success rate as a percentage, whether the API gives 0–1 or 0–100. */
export function formatRate(rate: number | null | undefined): string | null {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return null;
  const pct = rate <= 1 ? rate * 100 : rate;
  return `${pct >= 99.95 || pct === 0 ? pct.toFixed(0) : pct.toFixed(1)}%`;
}

export type StatusKind = 'ok' | 'off' | 'bad';

/** Status line of an endpoint: enabled, or disabled with the reason (by the user or automatically). */
export function statusOf(w: Webhook): { label: string; kind: StatusKind; reason: string | null } {
  const status = (w.status ?? (w.enabled === false ? 'disabled' : 'enabled')).toLowerCase();
  const enabled = w.enabled !== false && status !== 'disabled';
  if (enabled) return { label: 'Enabled', kind: 'ok', reason: null };
  const reason = w.disabled_reason ? humanReason(w.disabled_reason) : null;
  // Disabled by the customer (through the API or this page) is neutral; disabled after failures is an alarm.
  const automatic = !!w.disabled_reason && !/through the api|by (you|its owner|the user)|manual/i.test(w.disabled_reason);
  return { label: 'Disabled', kind: automatic ? 'bad' : 'off', reason };
}

function humanReason(reason: string): string {
  return /^[a-z0-9_]+$/.test(reason) ? reason.replace(/_/g, ' ') : reason;
}

/** "99.2% delivered (24 h) · last delivery 3 min ago", or null when the API gives no health yet. */
export function healthSummary(health: WebhookHealth | null | undefined, now = Date.now()): string | null {
  if (!health) return null;
  const parts: string[] = [];
  const rate = formatRate(health.success_rate_24h);
  const attempts = health.attempts_24h;
  if (!rate) parts.push('No deliveries in the last 24 h');
  else parts.push(attempts ? `${rate} of ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'} succeeded (24 h)` : `${rate} succeeded (24 h)`);
  if (health.last_delivery_at !== undefined) parts.push(`last delivery ${timeAgo(health.last_delivery_at, now)}`);
  if (health.backlog) parts.push(`${health.backlog} waiting`);
  return parts.join(' · ');
}

/** "2 h 5 min", "12 min", "40 s": a duration for people. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min`;
  const hrs = Math.floor(m / 60);
  if (hrs < 48) return m % 60 ? `${hrs} h ${m % 60} min` : `${hrs} h`;
  return `${Math.round(hrs / 24)} days`;
}

/** "Failing since 12 min ago · will be disabled in 4 h 48 min unless a delivery succeeds", or null when healthy. */
export function failingNotice(health: WebhookHealth | null | undefined, now = Date.now()): string | null {
  if (!health?.failing_since) return null;
  const since = `Failing since ${timeAgo(health.failing_since, now)}`;
  if (!health.disables_at) return since;
  const left = new Date(health.disables_at).getTime() - now;
  if (Number.isNaN(left)) return since;
  return left > 0
    ? `${since} · will be disabled in ${formatDuration(left)} unless a delivery succeeds`
    : `${since} · will be disabled at its next failed delivery`;
}
