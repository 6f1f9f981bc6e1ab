import { ApiError } from './api';
import { EventGroup, extraPatterns } from './catalog';
import { announce, append, h, nextId } from './dom';
import { eventsPicker } from './events-picker';
import type { EventType, FieldError, Webhook } from './types';
import { DESCRIPTION_MAX_LENGTH, fieldOf, parsePhoneNumberIds, URL_MAX_LENGTH, validateWebhookForm } from './validation';

export interface WebhookFormOptions {
  mode: 'create' | 'edit';
  initial?: Webhook;
  types: EventType[];
  groups: EventGroup[];
  /** Sends the body; an ApiError thrown here is shown beside the fields its details name. */
  submit(body: Record<string, unknown>): Promise<void>;
  cancelHref?: string;
}

interface FieldSlot {
  error: HTMLElement;
  /** Gets aria-invalid. */
  target: HTMLElement;
  focus(): void;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** Create and edit share one form: URL, description, phone number filter, events (and enabled on edit). */
export function webhookForm(opts: WebhookFormOptions): HTMLFormElement {
  const initial = opts.initial;
  const slots = new Map<string, FieldSlot>();

  const field = (name: string, label: string, control: HTMLInputElement, hint?: string): HTMLElement => {
    const hintId = nextId('hint');
    const errorId = nextId('error');
    control.setAttribute('aria-describedby', hint ? `${hintId} ${errorId}` : errorId);
    const error = h('p', { id: errorId, class: 'field-error', hidden: true });
    slots.set(name, { error, target: control, focus: () => control.focus() });
    return h(
      'div',
      { class: 'field' },
      h('label', { for: control.id, class: 'field-label' }, label),
      hint ? h('p', { id: hintId, class: 'hint' }, hint) : null,
      control,
      error,
    );
  };

  const url = h('input', {
    id: nextId('url'),
    name: 'url',
    type: 'url',
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: URL_MAX_LENGTH,
    placeholder: 'https://example.com/webhooks/whatsapp',
    value: initial?.url ?? '',
    'aria-required': 'true',
  });
  const description = h('input', {
    id: nextId('description'),
    name: 'description',
    type: 'text',
    maxlength: DESCRIPTION_MAX_LENGTH,
    value: initial?.description ?? '',
    autocomplete: 'off',
  });
  const initialIds = initial?.filter?.phone_number_ids ?? [];
  const phoneIds = h('input', {
    id: nextId('phone-ids'),
    name: 'phone_number_ids',
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    value: initialIds.join(', '),
  });
  const enabled = h('input', { id: nextId('enabled'), name: 'enabled', type: 'checkbox', checked: initial?.enabled !== false });

  const eventsErrorId = nextId('events-error');
  const eventsError = h('p', { id: eventsErrorId, class: 'field-error', hidden: true });
  const picker = eventsPicker(opts.groups, extraPatterns(initial?.events ?? [], opts.types), initial?.events ?? [], eventsErrorId);
  slots.set('events', { error: eventsError, target: picker.element, focus: () => picker.focus() });

  const summary = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const submitButton = h('button', { type: 'submit', class: 'button' }, opts.mode === 'create' ? 'Save webhook' : 'Save changes');

  const form = h(
    'form',
    { class: 'webhook-form', novalidate: true, 'aria-label': opts.mode === 'create' ? 'New webhook' : 'Edit webhook' },
    summary,
    field('url', 'Endpoint URL', url, 'Where events are POSTed. Must start with https://.'),
    field('description', 'Description (optional)', description, 'What this endpoint is for, e.g. "CRM sync".'),
    opts.mode === 'edit'
      ? h(
          'div',
          { class: 'field checkbox-field' },
          enabled,
          h(
            'div',
            {},
            h('label', { for: enabled.id }, 'Enabled'),
            h('p', { class: 'hint', id: nextId('enabled-hint') }, 'A disabled endpoint receives nothing until you enable it again.'),
          ),
        )
      : null,
    h('div', { class: 'field' }, picker.element, eventsError),
    h(
      'details',
      { class: 'advanced', open: initialIds.length > 0 },
      h('summary', {}, 'Filter by phone number (optional)'),
      field(
        'filter.phone_number_ids',
        'Phone number ids',
        phoneIds,
        'Only send events of these WhatsApp phone number ids, separated by commas. Leave empty for all numbers.',
      ),
    ),
    h('div', { class: 'actions' }, submitButton, opts.cancelHref ? h('a', { class: 'button secondary', href: opts.cancelHref }, 'Cancel') : null),
  );

  const clearErrors = () => {
    summary.hidden = true;
    summary.replaceChildren();
    for (const slot of slots.values()) {
      slot.error.hidden = true;
      slot.error.textContent = '';
      slot.target.removeAttribute('aria-invalid');
    }
  };

  const showErrors = (errors: FieldError[], message?: string) => {
    const unplaced: string[] = [];
    let first: FieldSlot | null = null;
    for (const e of errors) {
      const slot = slots.get(fieldOf(e.field));
      if (!slot) {
        unplaced.push(`${e.field}: ${e.reason}`);
        continue;
      }
      slot.error.hidden = false;
      slot.error.textContent = slot.error.textContent ? `${slot.error.textContent} ${e.reason}` : e.reason;
      slot.target.setAttribute('aria-invalid', 'true');
      first ??= slot;
    }
    if (unplaced.length || (message && !first)) {
      summary.hidden = false;
      append(summary, [
        h('p', {}, message ?? 'Please fix the following:'),
        unplaced.length
          ? h(
              'ul',
              {},
              unplaced.map((u) => h('li', {}, u)),
            )
          : null,
      ]);
      if (!first) summary.focus();
    }
    first?.focus();
  };

  // A field's error goes away as soon as the user changes that field.
  const clearOne = (name: string) => {
    const slot = slots.get(name);
    if (!slot || slot.error.hidden) return;
    slot.error.hidden = true;
    slot.error.textContent = '';
    slot.target.removeAttribute('aria-invalid');
  };
  url.addEventListener('input', () => clearOne('url'));
  description.addEventListener('input', () => clearOne('description'));
  phoneIds.addEventListener('input', () => clearOne('filter.phone_number_ids'));
  picker.element.addEventListener('change', () => clearOne('events'));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    const values = { url: url.value.trim(), description: description.value.trim(), events: picker.values(), phoneNumberIds: phoneIds.value };
    const errors = validateWebhookForm(values);
    if (errors.length) {
      showErrors(errors);
      announce(`${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} to fix before saving`);
      return;
    }
    const ids = parsePhoneNumberIds(values.phoneNumberIds);
    const body: Record<string, unknown> = {};
    if (opts.mode === 'create') {
      body.url = values.url;
      body.events = values.events;
      if (values.description) body.description = values.description;
      if (ids.length) body.filter = { phone_number_ids: ids };
    } else {
      if (values.url !== initial?.url) body.url = values.url;
      if (values.description !== (initial?.description ?? '')) body.description = values.description;
      if (!sameList(values.events, initial?.events ?? [])) body.events = values.events;
      if (!sameList(ids, initialIds)) body.filter = { phone_number_ids: ids };
      if (enabled.checked !== (initial?.enabled !== false)) body.enabled = enabled.checked;
      if (Object.keys(body).length === 0) {
        announce('Nothing changed');
        summary.hidden = false;
        summary.append(h('p', {}, 'Nothing to save: no field changed.'));
        return;
      }
    }
    submitButton.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await opts.submit(body);
    } catch (err) {
      if (err instanceof ApiError) showErrors(err.details, err.message);
      else showErrors([], err instanceof Error ? err.message : String(err));
    } finally {
      submitButton.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
  summary.setAttribute('tabindex', '-1');
  return form;
}
