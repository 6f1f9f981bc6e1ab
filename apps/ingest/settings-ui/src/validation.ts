import type { FieldError } from './types';

export const URL_MAX_LENGTH = 2048;
export const DESCRIPTION_MAX_LENGTH = 500;

export interface WebhookFormValues {
  url: string;
  description: string;
  events: string[];
  phoneNumberIds: string;
}

const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)$/i;

/**
 * The API's rules, checked before sending so most mistakes are caught without a round trip:
 * an absolute https URL (plain http is left to the server, which accepts it only for local targets
 * when ALLOW_PRIVATE_TARGETS is on), at most 2048 characters; at least one event; a short description.
 */
export function validateWebhookForm(values: WebhookFormValues): FieldError[] {
  const errors: FieldError[] = [];
  const url = values.url.trim();
  if (!url) {
    errors.push({ field: 'url', reason: 'Enter the endpoint URL, for example https://example.com/webhooks/whatsapp.' });
  } else if (url.length > URL_MAX_LENGTH) {
    errors.push({ field: 'url', reason: `The URL is longer than ${URL_MAX_LENGTH} characters.` });
  } else {
    let parsed: URL | null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || !parsed.hostname) {
      errors.push({ field: 'url', reason: 'Enter an absolute URL starting with https://.' });
    } else if (parsed.protocol === 'http:' && !LOCAL_HOST.test(parsed.hostname)) {
      errors.push({ field: 'url', reason: 'Use https:// — deliveries are only sent over TLS.' });
    } else if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      errors.push({ field: 'url', reason: 'Enter an absolute URL starting with https://.' });
    } else if (parsed.username || parsed.password) {
      errors.push({ field: 'url', reason: 'Remove the user name and password from the URL.' });
    }
  }
  if (values.description.length > DESCRIPTION_MAX_LENGTH) {
    errors.push({ field: 'description', reason: `Keep the description under ${DESCRIPTION_MAX_LENGTH} characters.` });
  }
  if (values.events.length === 0) {
    errors.push({ field: 'events', reason: 'Choose at least one event, or "All events".' });
  }
  const ids = parsePhoneNumberIds(values.phoneNumberIds);
  if (ids.some((id) => !/^\d{1,32}$/.test(id))) {
    errors.push({ field: 'filter.phone_number_ids', reason: 'Phone number ids are digits, separated by commas.' });
  }
  return errors;
}

export function parsePhoneNumberIds(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Which form field a server detail belongs to: "events[2]" → "events", "filter.phone_number_ids.0" → the filter field. */
export function fieldOf(detailField: string): string {
  const base = detailField.replace(/\[\d+\]/g, '').replace(/\.\d+$/, '');
  if (base.startsWith('filter')) return 'filter.phone_number_ids';
  if (base.startsWith('events')) return 'events';
  return base;
}
