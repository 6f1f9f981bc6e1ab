import { ApiError } from './api';
import { groupByCategory } from './catalog';
import { AppContext } from './context';
import { announce, confirmDialog, h, nextId, replaceChildren } from './dom';
import { deliveryLog } from './deliveries';
import { failingNotice, healthSummary } from './format';
import { headersPanel } from './headers-panel';
import { eventChips, statusBadge } from './list-view';
import { secretPanel } from './secret-panel';
import { deliveryOptionsPanel } from './delivery-options-panel';
import type { EventType, TestOutcome, Webhook } from './types';
import { webhookForm } from './webhook-form';

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  const id = nextId('section');
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), children);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function secretSection(ctx: AppContext, w: Webhook): HTMLElement {
  const out = h('div', { class: 'secret-out' });
  const reveal = h('button', { type: 'button', class: 'button secondary' }, 'Reveal secret');
  const rotate = h('button', { type: 'button', class: 'button secondary' }, 'Rotate secret');
  const base = `/v1/webhooks/${encodeURIComponent(w.id)}`;
  reveal.addEventListener('click', async () => {
    reveal.disabled = true;
    try {
      const { secret } = await ctx.api.get<{ secret: string }>(`${base}/secret`);
      replaceChildren(out, secretPanel(secret, { heading: 'Current signing secret', intro: 'Keep it out of source control.', headingLevel: 'h3' }));
      out.querySelector('input')?.focus();
    } catch (err) {
      replaceChildren(out, h('p', { class: 'form-error', role: 'alert' }, `Could not read the secret: ${errorText(err)}`));
    } finally {
      reveal.disabled = false;
    }
  });
  rotate.addEventListener('click', async () => {
    const ok = await confirmDialog({
      title: 'Rotate the signing secret?',
      body: 'A new secret is created now. For a grace period deliveries are signed with both the old and the new secret, so you have time to update your endpoint.',
      confirm: 'Rotate secret',
    });
    if (!ok) return;
    rotate.disabled = true;
    try {
      const { secret } = await ctx.api.post<{ secret: string }>(`${base}/rotate-secret`, {});
      replaceChildren(
        out,
        secretPanel(secret, {
          heading: 'New signing secret',
          intro: 'Copy it now and update your endpoint; the old secret keeps working during the grace period.',
          headingLevel: 'h3',
        }),
      );
      announce('Secret rotated. Copy the new secret.');
      out.querySelector('input')?.focus();
    } catch (err) {
      replaceChildren(out, h('p', { class: 'form-error', role: 'alert' }, `Could not rotate the secret: ${errorText(err)}`));
    } finally {
      rotate.disabled = false;
    }
  });
  return section(
    'Signing secret',
    h(
      'p',
      {},
      w.signature_algorithm === 'ed25519'
        ? 'Every delivery is signed with this endpoint’s Ed25519 key (Standard Webhooks v1a); reveal shows the public key that verifies it.'
        : 'Every delivery is signed with this secret (Standard Webhooks). Rotate it if it may have leaked.',
    ),
    h('div', { class: 'actions' }, reveal, rotate),
    out,
  );
}

function testSection(ctx: AppContext, w: Webhook, types: EventType[]): HTMLElement {
  const selectId = nextId('test-type');
  const subscribed = types.filter((t) => w.events.some((p) => p === '*' || p === t.type || (p.endsWith('.*') && t.type.startsWith(p.slice(0, -1)))));
  const others = types.filter((t) => !subscribed.includes(t));
  const select = h(
    'select',
    { id: selectId, name: 'type' },
    subscribed.length
      ? h(
          'optgroup',
          { label: 'Subscribed' },
          subscribed.map((t) => h('option', { value: t.type }, t.type)),
        )
      : null,
    others.length
      ? h(
          'optgroup',
          { label: 'Other event types' },
          others.map((t) => h('option', { value: t.type }, t.type)),
        )
      : null,
  );
  const send = h('button', { type: 'submit', class: 'button secondary' }, 'Send test event');
  const result = h('div', { class: 'test-result', role: 'status' });
  const form = h(
    'form',
    { class: 'inline-form', 'aria-label': 'Send a test event' },
    h('div', { class: 'field' }, h('label', { for: selectId, class: 'field-label' }, 'Event type'), select),
    send,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    send.disabled = true;
    replaceChildren(result, h('p', { class: 'muted' }, `Sending a test ${select.value} event…`));
    try {
      const outcome = await ctx.api.post<TestOutcome>(`/v1/webhooks/${encodeURIComponent(w.id)}/test`, { type: select.value });
      const ok = outcome.success ?? (!!outcome.status_code && outcome.status_code >= 200 && outcome.status_code < 300);
      const error = outcome.error_message ?? outcome.error_class ?? null;
      const parts = [
        outcome.status_code ? `HTTP ${outcome.status_code}` : null,
        outcome.duration_ms !== null && outcome.duration_ms !== undefined ? `${outcome.duration_ms} ms` : null,
        error && error !== `HTTP ${outcome.status_code}` ? error : null,
      ].filter(Boolean);
      replaceChildren(
        result,
        h('p', { class: ok ? 'success' : 'form-error' }, h('strong', {}, ok ? 'Delivered' : 'Not delivered'), parts.length ? ` — ${parts.join(' · ')}` : ''),
        outcome.event_id ? h('p', { class: 'muted small-text' }, `Test event ${outcome.event_id}`) : null,
        outcome.response_body ? h('pre', { class: 'code small', tabindex: '0', 'aria-label': 'Response body' }, h('code', {}, outcome.response_body)) : null,
      );
    } catch (err) {
      replaceChildren(result, h('p', { class: 'form-error' }, `Could not send the test event: ${errorText(err)}`));
    } finally {
      send.disabled = false;
    }
  });
  return section('Send a test event', h('p', {}, "Sends the catalog's example of that type, marked as a test and signed like a real delivery."), form, result);
}

function deleteSection(ctx: AppContext, w: Webhook): HTMLElement {
  const button = h('button', { type: 'button', class: 'button danger' }, 'Delete webhook');
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  button.addEventListener('click', async () => {
    const ok = await confirmDialog({
      title: 'Delete this webhook?',
      body: `${w.url} will stop receiving events at once, and its delivery log is removed. This cannot be undone.`,
      confirm: 'Delete',
      danger: true,
    });
    if (!ok) return;
    button.disabled = true;
    try {
      await ctx.api.delete(`/v1/webhooks/${encodeURIComponent(w.id)}`);
      announce('Webhook deleted');
      ctx.navigate('#/webhooks');
    } catch (err) {
      error.textContent = `Could not delete: ${errorText(err)}`;
      error.hidden = false;
      button.disabled = false;
    }
  });
  const s = section('Delete webhook', h('p', {}, 'Stops all deliveries to this endpoint and removes it.'), button, error);
  s.classList.add('danger-zone');
  return s;
}

/** The warning of an endpoint whose deliveries all fail, with the time left before it is disabled. */
function failing(w: Webhook): HTMLElement | null {
  const notice = failingNotice(w.health);
  return notice ? h('p', { class: 'failing', role: 'status' }, notice) : null;
}

/** One endpoint: summary, edit, secret, test event, delivery log, delete. */
export function detailView(ctx: AppContext, id: string): HTMLElement {
  const title = h('h1', { id: 'page-title', tabindex: '-1' }, 'Webhook');
  const body = h('div', { 'aria-busy': 'true' }, h('p', { class: 'muted' }, 'Loading…'));
  const view = h('section', { 'aria-labelledby': 'page-title' }, h('p', { class: 'back' }, h('a', { href: '#/webhooks' }, '← All webhooks')), title, body);

  const render = (w: Webhook, types: EventType[], notice?: string) => {
    const health = healthSummary(w.health);
    const summary = h(
      'div',
      { class: 'summary' },
      h('p', { class: 'url big' }, w.url),
      w.description ? h('p', { class: 'description' }, w.description) : null,
      h('p', { class: 'meta-line' }, statusBadge(w), health ? h('span', { class: 'health' }, health) : null),
      failing(w),
      w.health?.last_error ? h('p', { class: 'muted small-text' }, `Last error: ${w.health.last_error}`) : null,
      eventChips(w.events),
    );
    const form = webhookForm({
      mode: 'edit',
      initial: w,
      types,
      groups: groupByCategory(types),
      submit: async (payload) => {
        const updated = await ctx.api.patch<Webhook>(`/v1/webhooks/${encodeURIComponent(w.id)}`, payload);
        announce('Changes saved');
        render({ ...w, ...updated }, types, 'Changes saved.');
        body.querySelector<HTMLElement>('.saved')?.focus();
      },
    });
    body.removeAttribute('aria-busy');
    replaceChildren(
      body,
      summary,
      testSection(ctx, w, types),
      section('Delivery log', deliveryLog(ctx.api, w.id)),
      section('Settings', notice ? h('p', { class: 'success saved', role: 'status', tabindex: '-1' }, notice) : null, form),
      section('Custom headers', headersPanel(w)),
      section('Signature and payload', deliveryOptionsPanel(w)),
      secretSection(ctx, w),
      deleteSection(ctx, w),
    );
  };

  Promise.all([ctx.api.get<Webhook | { data: Webhook }>(`/v1/webhooks/${encodeURIComponent(id)}`), ctx.catalog()])
    .then(([res, types]) => render('data' in res && !('url' in res) ? res.data : (res as Webhook), types))
    .catch((err: unknown) => {
      body.removeAttribute('aria-busy');
      const missing = err instanceof ApiError && err.status === 404;
      replaceChildren(
        body,
        h('p', { class: 'form-error', role: 'alert' }, missing ? 'This webhook does not exist (any more).' : `Could not load the webhook: ${errorText(err)}`),
      );
    });
  return view;
}
