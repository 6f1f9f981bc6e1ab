import { listOf, withQuery } from './api';
import { AppContext } from './context';
import { h } from './dom';
import { failingNotice, healthSummary, statusOf } from './format';
import type { Webhook } from './types';

/** "Enabled", or "Disabled" with the reason beside it (red when it was disabled after failures). */
export function statusBadge(w: Webhook): HTMLElement {
  const s = statusOf(w);
  return h(
    'span',
    { class: 'status' },
    h('span', { class: `badge ${s.kind}` }, s.label),
    s.reason ? h('span', { class: `reason ${s.kind}` }, ` ${s.reason}`) : null,
  );
}

export function eventChips(events: string[]): HTMLElement {
  return h(
    'ul',
    { class: 'chips', 'aria-label': 'Subscribed events' },
    events.map((e) => h('li', {}, h('code', {}, e === '*' ? '* (all events)' : e))),
  );
}

function card(w: Webhook): HTMLElement {
  const health = healthSummary(w.health);
  return h(
    'li',
    { class: 'card webhook-card', 'data-webhook-id': w.id },
    h('h2', { class: 'url' }, h('a', { href: `#/webhooks/${encodeURIComponent(w.id)}` }, w.url)),
    w.description ? h('p', { class: 'description' }, w.description) : null,
    h('p', { class: 'meta-line' }, statusBadge(w), health ? h('span', { class: 'health' }, health) : null),
    failing(w),
    eventChips(w.events),
  );
}

/** The warning of an endpoint whose deliveries all fail, with the time left before it is disabled. */
function failing(w: Webhook): HTMLElement | null {
  const notice = failingNotice(w.health);
  return notice ? h('p', { class: 'failing', role: 'status' }, notice) : null;
}

/** Settings → Webhooks: every endpoint of the workspace, or an invitation to create the first one. */
export function listView(ctx: AppContext): HTMLElement {
  const body = h('div', { 'aria-busy': 'true' }, h('p', { class: 'muted' }, 'Loading webhooks…'));
  const view = h(
    'section',
    { 'aria-labelledby': 'page-title' },
    h(
      'div',
      { class: 'page-head' },
      h(
        'div',
        {},
        h('h1', { id: 'page-title', tabindex: '-1' }, 'Webhooks'),
        h('p', { class: 'muted' }, 'Endpoints that receive your WhatsApp events, each for the events it subscribes to.'),
      ),
      h('a', { class: 'button', href: '#/webhooks/new' }, 'New webhook'),
    ),
    body,
  );
  const list = h('ul', { class: 'webhook-list' });
  const more = h('button', { type: 'button', class: 'button secondary' }, 'Load more');
  let cursor: string | null = null;
  let shown = false;
  const load = async () => {
    try {
      const page = listOf<Webhook>(await ctx.api.get<unknown>(withQuery('/v1/webhooks', { limit: '50', cursor })));
      cursor = page.next;
      body.removeAttribute('aria-busy');
      if (!shown && page.data.length === 0) {
        body.replaceChildren(
          h(
            'div',
            { class: 'card empty' },
            h('h2', {}, 'No webhooks yet'),
            h(
              'p',
              {},
              'A webhook sends the WhatsApp events you choose — messages, template reviews, account changes — to a URL of yours, signed so you can trust them.',
            ),
            h('a', { class: 'button', href: '#/webhooks/new' }, 'Create your first webhook'),
          ),
        );
        return;
      }
      if (!shown) body.replaceChildren(list, more);
      shown = true;
      list.append(...page.data.map(card));
      more.hidden = !cursor;
    } catch (err) {
      body.removeAttribute('aria-busy');
      body.replaceChildren(h('p', { class: 'form-error', role: 'alert' }, `Could not load webhooks: ${err instanceof Error ? err.message : String(err)}`));
    }
  };
  more.addEventListener('click', () => void load());
  void load();
  return view;
}
