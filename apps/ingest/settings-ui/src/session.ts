import { Api, ApiError } from './api';
import { h, nextId, replaceChildren } from './dom';
import type { Workspace } from './types';

const STORAGE_KEY = 'wa-webhooks.settings.api-key';

export function storedKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeKey(key: string | null): void {
  try {
    if (key) sessionStorage.setItem(STORAGE_KEY, key);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage disabled: the key lives only as long as the page
  }
}

/** Settings-page sign-ins issued by the platform (`…/settings/webhooks#portal=wp_…`) start with this. */
const PORTAL_PREFIX = 'wp_';

export function isPortalToken(key: string): boolean {
  return key.startsWith(PORTAL_PREFIX);
}

/**
 * The sign-in token of a portal URL, taken out of the address bar at once (so it is neither bookmarked,
 * shared nor kept in history) and replaced by the page's own route.
 */
export function takePortalToken(): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = params.get('portal');
  if (!token || !isPortalToken(token)) return null;
  history.replaceState(history.state, '', `${location.pathname}${location.search}#/webhooks`);
  return token;
}

/** Shown when a portal sign-in expires or is revoked: whoever embedded the page issues a new one. */
export function portalEnded(reason: string): HTMLElement {
  return h(
    'section',
    { class: 'card narrow', 'aria-labelledby': 'page-title' },
    h('h1', { id: 'page-title', tabindex: '-1' }, 'Signed out'),
    h('p', { role: 'alert' }, `This page is no longer signed in: ${reason}`),
    h('p', {}, 'Reload the page of your account that opened these settings to sign in again.'),
  );
}

/** Asks for the workspace API key and checks it against the API before keeping it for the session. */
export function keyPrompt(onAccepted: (key: string) => void, reason?: string): HTMLElement {
  const inputId = nextId('api-key');
  const hintId = nextId('api-key-hint');
  const errorId = nextId('api-key-error');
  const input = h('input', {
    id: inputId,
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${hintId} ${errorId}`,
    'aria-required': 'true',
  });
  const error = h('p', { id: errorId, class: 'field-error', hidden: !reason }, reason ?? '');
  const button = h('button', { type: 'submit', class: 'button' }, 'Continue');
  const form = h(
    'form',
    { class: 'card narrow', novalidate: true, 'aria-labelledby': 'page-title' },
    h('h1', { id: 'page-title', tabindex: '-1' }, 'Webhooks'),
    h('p', {}, 'Enter your workspace API key to manage the webhooks of your workspace. It stays in this browser tab only and is forgotten when you close it.'),
    h(
      'div',
      { class: 'field' },
      h('label', { for: inputId, class: 'field-label' }, 'API key'),
      h('p', { id: hintId, class: 'hint' }, 'Starts with wk_. Ask your administrator if you do not have one.'),
      input,
      error,
    ),
    h('div', { class: 'actions' }, button),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = input.value.trim();
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    const fail = (message: string) => {
      error.textContent = message;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    };
    if (!key) return fail('Enter your API key.');
    button.disabled = true;
    try {
      await new Api(key, () => undefined).get('/v1/webhooks?limit=1');
      storeKey(key);
      onAccepted(key);
    } catch (err) {
      fail(
        err instanceof ApiError && err.status === 401
          ? `This API key was not accepted: ${err.message}`
          : `Could not check the key: ${err instanceof Error ? err.message : String(err)}`,
      );
    } finally {
      button.disabled = false;
    }
  });
  queueMicrotask(() => input.focus());
  return form;
}

/** Shows which workspace the key belongs to (GET /v1/workspace); the key prefix until that answers. */
export async function renderSession(slot: HTMLElement, api: Api, onForget: () => void): Promise<void> {
  const portal = isPortalToken(api.key);
  const forget = h('button', { type: 'button', class: 'button secondary small', onclick: onForget }, portal ? 'Sign out' : 'Forget key');
  const label = h('span', { class: 'workspace' }, 'Workspace ', h('code', {}, portal ? 'signed in' : `key ${api.key.slice(0, 9)}…`));
  replaceChildren(slot, label, forget);
  try {
    const w = await api.get<Workspace>('/v1/workspace');
    if (w?.id) replaceChildren(label, 'Workspace ', w.name ? h('strong', {}, w.name, ' ') : null, h('code', { title: 'Workspace id' }, w.id));
  } catch {
    // lookup failed: the key prefix still identifies the workspace
  }
}
