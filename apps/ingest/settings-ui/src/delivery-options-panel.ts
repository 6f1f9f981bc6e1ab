import { h } from './dom';
import type { Webhook } from './types';

const ALGORITHMS: Record<string, string> = {
  'hmac-sha256': 'HMAC-SHA256 (v1): verify with the whsec_ signing secret',
  ed25519: 'Ed25519 (v1a): verify with the whpk_ public key; the private key never leaves the service',
};
const PAYLOADS: Record<string, string> = {
  full: 'Full: data and Meta’s raw change',
  without_raw: 'Without raw: data only',
  thin: 'Thin: the envelope only; fetch the event with GET /v1/events/{id}',
};
const REDACTIONS: Record<string, string> = {
  message_content: 'Message content (removed)',
  phone_numbers: 'Phone numbers and BSUIDs (hashed)',
  contact_names: 'Contact names and usernames (hashed)',
};

/** How deliveries to the endpoint are signed and shaped (read-only: set through the API). */
export function deliveryOptionsPanel(w: Webhook): HTMLElement {
  const algorithm = w.signature_algorithm ?? 'hmac-sha256';
  const payload = w.payload ?? 'full';
  const redact = w.redact ?? [];
  const row = (name: string, value: Node | string) => h('tr', {}, h('th', { scope: 'row' }, name), h('td', {}, value));
  return h(
    'table',
    { class: 'headers-table delivery-options' },
    h('caption', { class: 'muted small-text' }, 'Set through the API (signature_algorithm on create or rotate; payload and redact on create or update).'),
    h(
      'tbody',
      {},
      row('Signature', ALGORITHMS[algorithm] ?? algorithm),
      row('Payload', PAYLOADS[payload] ?? payload),
      row(
        'Personal data left out',
        redact.length
          ? h(
              'ul',
              {},
              redact.map((c) => h('li', {}, REDACTIONS[c] ?? c)),
            )
          : 'None: deliveries carry every field',
      ),
    ),
  );
}
