import { Api } from './api';
import { AppContext } from './context';
import { detailView } from './detail-view';
import { h, replaceChildren } from './dom';
import { listView } from './list-view';
import { newView } from './new-view';
import { isPortalToken, keyPrompt, portalEnded, renderSession, storedKey, storeKey, takePortalToken } from './session';

/** Settings → Webhooks. Hash routes: #/webhooks, #/webhooks/new, #/webhooks/<id>. */
const main = document.getElementById('main')!;
const sessionSlot = document.getElementById('session')!;
let ctx: AppContext | null = null;
let firstRender = true;

function signOut(reason?: string, portal = false): void {
  storeKey(null);
  firstRender = false;
  ctx = null;
  sessionSlot.replaceChildren();
  // A portal sign-in came from the platform's own page: its users have no API key to type.
  replaceChildren(main, portal && reason ? portalEnded(reason) : keyPrompt(signIn, reason));
}

function signIn(key: string): void {
  const refused = isPortalToken(key)
    ? (message: string) => signOut(message, true)
    : (message: string) => signOut(`Your API key was refused: ${message} Enter a valid key.`);
  ctx = new AppContext(new Api(key, refused));
  void renderSession(sessionSlot, ctx.api, () => (isPortalToken(key) ? signOut('you signed out.', true) : signOut()));
  route();
}

function route(): void {
  if (!ctx) return;
  const path = location.hash.replace(/^#/, '') || '/webhooks';
  const match = /^\/webhooks\/([^/]+)$/.exec(path);
  let view: HTMLElement;
  if (path === '/webhooks' || path === '/') view = listView(ctx);
  else if (path === '/webhooks/new') view = newView(ctx);
  else if (match) view = detailView(ctx, decodeURIComponent(match[1]));
  else view = h('section', {}, h('h1', { id: 'page-title', tabindex: '-1' }, 'Page not found'), h('p', {}, h('a', { href: '#/webhooks' }, 'Back to webhooks')));
  replaceChildren(main, view);
  window.scrollTo(0, 0);
  // Move focus to the new page's heading so keyboard and screen-reader users start at the top of it.
  if (!firstRender) document.getElementById('page-title')?.focus();
  firstRender = false;
}

window.addEventListener('hashchange', route);
// A portal URL (#portal=wp_…) signs in without asking for a key; the tab keeps it like a typed key.
const portalToken = takePortalToken();
if (portalToken) storeKey(portalToken);
const key = portalToken ?? storedKey();
if (key) signIn(key);
else signOut();
