import { h } from './dom';
import type { Webhook } from './types';

/**
 * The endpoint's custom delivery headers. A sensitive header's value is write-only: the API returns
 * null for it, and the page says so instead of showing a value.
 */
export function headersPanel(w: Webhook): HTMLElement {
  const entries = Object.entries(w.headers ?? {});
  if (entries.length === 0) {
    return h('p', { class: 'muted' }, 'No custom headers. They are set through the API (the headers field of the webhook).');
  }
  return h(
    'table',
    { class: 'headers-table' },
    h('caption', { class: 'muted small-text' }, 'Sent with every delivery. Sensitive values are stored encrypted and never shown again.'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Header'), h('th', { scope: 'col' }, 'Value'))),
    h(
      'tbody',
      {},
      entries.map(([name, header]) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, h('code', {}, name)),
          h('td', {}, header.sensitive ? h('span', { class: 'muted' }, '•••••••• (sensitive, hidden)') : h('code', {}, header.value ?? '')),
        ),
      ),
    ),
  );
}
