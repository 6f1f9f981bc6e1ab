import { announce, copyText, h, nextId } from './dom';

export const VERIFY_SNIPPET = `// npm install standardwebhooks
import { Webhook } from 'standardwebhooks';

const wh = new Webhook(process.env.WEBHOOK_SECRET); // whsec_…

// Express: verify the raw body, exactly as received.
app.post('/webhooks/whatsapp', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    event = wh.verify(req.body, req.headers); // throws on a bad signature or an old timestamp
  } catch {
    return res.sendStatus(400);
  }
  // event.type, event.data … — deduplicate on the webhook-id header
  res.sendStatus(204);
});`;

/** The signing secret with a copy button, and how to verify a delivery with it. */
export function secretPanel(secret: string, opts: { heading: string; intro: string; headingLevel?: 'h2' | 'h3' }): HTMLElement {
  const inputId = nextId('secret');
  const introId = nextId('secret-intro');
  const input = h('input', {
    id: inputId,
    type: 'text',
    readonly: true,
    value: secret,
    class: 'secret-input',
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': introId,
  });
  const copyButton = h('button', { type: 'button', class: 'button secondary' }, 'Copy secret');
  copyButton.addEventListener('click', async () => {
    const ok = await copyText(secret, input);
    copyButton.textContent = ok ? 'Copied' : 'Copy failed: select and copy';
    announce(ok ? 'Secret copied to the clipboard' : 'Could not copy; the secret is selected, copy it with your keyboard');
    window.setTimeout(() => (copyButton.textContent = 'Copy secret'), 2500);
  });
  const snippetId = nextId('snippet');
  return h(
    'section',
    { class: 'secret-panel', 'aria-label': opts.heading },
    h(opts.headingLevel ?? 'h2', {}, opts.heading),
    h('p', { id: introId }, opts.intro),
    h('label', { for: inputId, class: 'field-label' }, 'Signing secret'),
    h('div', { class: 'secret-row' }, input, copyButton),
    h('h3', { id: snippetId }, 'Verify a delivery'),
    h('p', {}, 'Each delivery carries webhook-id, webhook-timestamp and webhook-signature headers (Standard Webhooks). Check them before trusting the body:'),
    h('pre', { class: 'code', tabindex: '0', 'aria-labelledby': snippetId }, h('code', {}, VERIFY_SNIPPET)),
  );
}
