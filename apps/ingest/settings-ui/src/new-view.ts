import { groupByCategory } from './catalog';
import { AppContext } from './context';
import { announce, h, replaceChildren } from './dom';
import { secretPanel } from './secret-panel';
import type { Webhook } from './types';
import { webhookForm } from './webhook-form';

/** New webhook: the form, then the signing secret, shown once. */
export function newView(ctx: AppContext): HTMLElement {
  const body = h('div', { 'aria-busy': 'true' }, h('p', { class: 'muted' }, 'Loading event types…'));
  const title = h('h1', { id: 'page-title', tabindex: '-1' }, 'New webhook');
  const view = h('section', { 'aria-labelledby': 'page-title' }, h('p', { class: 'back' }, h('a', { href: '#/webhooks' }, '← All webhooks')), title, body);
  ctx
    .catalog()
    .then((types) => {
      body.removeAttribute('aria-busy');
      const form = webhookForm({
        mode: 'create',
        types,
        groups: groupByCategory(types),
        cancelHref: '#/webhooks',
        submit: async (payload) => {
          const created = await ctx.api.post<Webhook>('/v1/webhooks', payload);
          title.textContent = 'Webhook created';
          const done = h('a', { class: 'button', href: '#/webhooks' }, 'Done');
          replaceChildren(
            body,
            h('p', { class: 'success', role: 'status' }, 'Created ', h('code', {}, created.url), '.'),
            created.secret
              ? secretPanel(created.secret, {
                  heading: 'Your signing secret',
                  intro: 'Copy it now and store it with your endpoint: it is shown only this once. You can rotate it later from the webhook page.',
                })
              : null,
            h('div', { class: 'actions' }, done, h('a', { class: 'button secondary', href: `#/webhooks/${encodeURIComponent(created.id)}` }, 'Open webhook')),
          );
          announce('Webhook created. Copy the signing secret now; it is shown only once.');
          title.focus();
        },
      });
      replaceChildren(body, form);
    })
    .catch((err: unknown) => {
      body.removeAttribute('aria-busy');
      replaceChildren(
        body,
        h('p', { class: 'form-error', role: 'alert' }, `Could not load the event types: ${err instanceof Error ? err.message : String(err)}`),
      );
    });
  return view;
}
