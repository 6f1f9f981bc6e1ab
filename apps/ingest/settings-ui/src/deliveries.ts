import { Api, ApiError, listOf, withQuery } from './api';
import { announce, h, nextId } from './dom';
import { formatTime } from './format';
import type { Delivery, DeliveryAttempt, DeliveryPage } from './types';

const STATE_LABELS: Record<string, { label: string; kind: 'ok' | 'bad' | 'off' }> = {
  succeeded: { label: 'Delivered', kind: 'ok' },
  delivered: { label: 'Delivered', kind: 'ok' },
  failed: { label: 'Failed', kind: 'bad' },
  exhausted: { label: 'Failed', kind: 'bad' },
  pending: { label: 'Pending', kind: 'off' },
  retrying: { label: 'Retrying', kind: 'off' },
  endpoint_deleted: { label: 'Endpoint deleted', kind: 'off' },
};

function stateBadge(state: string | undefined): HTMLElement {
  const s = STATE_LABELS[(state ?? '').toLowerCase()] ?? { label: state ?? 'Unknown', kind: 'off' as const };
  return h('span', { class: `badge ${s.kind}` }, s.label);
}

const TRIGGERS: Record<string, string> = {
  auto: 'automatic',
  retry: 'automatic retry',
  manual: 'resent by you',
  recover: 'recovery',
  sweep: 'sent again after a lost message',
  test: 'test',
};

function attemptResult(a: DeliveryAttempt): string {
  const error = a.error_message ?? a.error_class ?? null;
  if (a.status_code) return `HTTP ${a.status_code}${error && error !== `HTTP ${a.status_code}` ? ` — ${error}` : ''}`;
  return error ? `Error: ${error}` : 'No response';
}

function attemptItem(a: DeliveryAttempt, index: number): HTMLElement {
  const response = a.response_body ?? null;
  const n = a.attempt ?? index + 1;
  const ok = a.success ?? (!!a.status_code && a.status_code >= 200 && a.status_code < 300);
  return h(
    'li',
    { class: 'attempt' },
    h(
      'p',
      { class: 'attempt-line' },
      h('span', { class: `dot ${ok ? 'ok' : 'bad'}`, 'aria-hidden': 'true' }),
      h('strong', {}, `Attempt ${n}`),
      a.trigger && TRIGGERS[a.trigger] ? ` (${TRIGGERS[a.trigger]})` : '',
      ' · ',
      h('time', { datetime: a.started_at ?? '' }, formatTime(a.started_at)),
      ' · ',
      h('span', { class: 'attempt-result' }, attemptResult(a)),
      a.duration_ms !== null && a.duration_ms !== undefined ? ` · ${a.duration_ms} ms` : '',
    ),
    response ? h('pre', { class: 'code small', tabindex: '0', 'aria-label': `Response body of attempt ${n}` }, h('code', {}, response)) : null,
  );
}

/** Delivery log of one endpoint: newest first, with attempts and a resend button, filterable by state. */
export function deliveryLog(api: Api, webhookId: string): HTMLElement {
  const list = h('ul', { class: 'deliveries', 'aria-live': 'off' });
  const status = h('p', { class: 'muted', role: 'status' });
  const more = h('button', { type: 'button', class: 'button secondary', hidden: true }, 'Load older deliveries');
  const filterId = nextId('delivery-state');
  const filter = h(
    'select',
    { id: filterId },
    h('option', { value: '' }, 'All deliveries'),
    h('option', { value: 'succeeded' }, 'Delivered'),
    h('option', { value: 'failed' }, 'Failed'),
    h('option', { value: 'pending' }, 'Pending'),
  );
  const refresh = h('button', { type: 'button', class: 'button secondary' }, 'Refresh');
  let cursor: string | null = null;

  const item = (d: Delivery): HTMLElement => {
    const type = d.event_type ?? 'event';
    const attempts = d.attempts ?? [];
    const attemptCount = d.attempt_count ?? attempts.length;
    const resend = h('button', { type: 'button', class: 'button secondary small', 'aria-label': `Resend ${type} event ${d.event_id ?? d.id}` }, 'Resend');
    resend.addEventListener('click', async () => {
      resend.disabled = true;
      try {
        await api.post(`/v1/deliveries/${encodeURIComponent(d.id)}/retry`);
        announce(`${type} queued for resending`);
        status.textContent = `Resend of ${type} queued. Refresh to see the new attempt.`;
        window.setTimeout(() => void load(true), 1000);
      } catch (err) {
        status.textContent = `Resend failed: ${err instanceof Error ? err.message : String(err)}`;
      } finally {
        resend.disabled = false;
      }
    });
    return h(
      'li',
      { class: 'delivery', 'data-delivery-id': d.id },
      h(
        'div',
        { class: 'delivery-head' },
        h('code', { class: 'event-type' }, type),
        stateBadge(d.state),
        attempts.some((a) => a.trigger === 'test') ? h('span', { class: 'badge off' }, 'Test') : null,
        h('time', { class: 'muted', datetime: d.created_at ?? '' }, formatTime(d.created_at)),
      ),
      h(
        'p',
        { class: 'muted small-text' },
        `Event ${d.event_id ?? '—'} · ${attemptCount} ${attemptCount === 1 ? 'attempt' : 'attempts'}`,
        d.next_attempt_at ? ` · next attempt ${formatTime(d.next_attempt_at)}` : '',
      ),
      h(
        'div',
        { class: 'delivery-actions' },
        attempts.length
          ? h('details', { class: 'attempts' }, h('summary', {}, `Attempt details (${attempts.length})`), h('ol', {}, attempts.map(attemptItem)))
          : null,
        resend,
      ),
    );
  };

  const load = async (reset: boolean) => {
    if (reset) cursor = null;
    refresh.disabled = true;
    status.textContent = 'Loading deliveries…';
    try {
      const body = await api.get<DeliveryPage>(withQuery(`/v1/webhooks/${encodeURIComponent(webhookId)}/deliveries`, { state: filter.value || null, cursor }));
      const page = listOf<Delivery>(body);
      if (reset) list.replaceChildren();
      for (const d of page.data) list.append(item(d));
      cursor = page.next;
      more.hidden = !cursor;
      const count = list.children.length;
      status.textContent = count
        ? `${count} ${count === 1 ? 'delivery' : 'deliveries'} shown, newest first.`
        : 'No deliveries yet. Send a test event to try the endpoint.';
      const days = body?.retention?.days;
      if (days) status.textContent += ` This server keeps delivery logs ${days} days.`;
    } catch (err) {
      status.textContent =
        err instanceof ApiError && err.status === 404
          ? 'The delivery log is not available on this server yet.'
          : `Could not load deliveries: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      refresh.disabled = false;
    }
  };

  refresh.addEventListener('click', () => void load(true));
  filter.addEventListener('change', () => void load(true));
  more.addEventListener('click', () => void load(false));
  void load(true);

  return h('div', { class: 'delivery-log' }, h('div', { class: 'toolbar' }, h('label', { for: filterId }, 'Show'), filter, refresh), status, list, more);
}
