import { ALL_EVENTS, EventGroup } from './catalog';
import { h, nextId } from './dom';

export interface EventsPicker {
  element: HTMLFieldSetElement;
  values(): string[];
  focus(): void;
}

interface GroupState {
  selectAll: HTMLInputElement;
  items: HTMLInputElement[];
}

function syncGroup(g: GroupState): void {
  const n = g.items.filter((i) => i.checked).length;
  g.selectAll.checked = n > 0 && n === g.items.length;
  g.selectAll.indeterminate = n > 0 && n < g.items.length;
}

/**
 * Event checkboxes grouped by category, each labelled with its type name and described by the catalog's
 * description; "Select all" per group; "All events" (sends "*") overrides the rest. Wildcard patterns already
 * on the endpoint (e.g. "template.*") are listed as their own checkboxes so an edit never drops them silently.
 */
export function eventsPicker(groups: EventGroup[], extras: string[], initial: string[], describedBy: string): EventsPicker {
  const selected = new Set(initial);
  const states: GroupState[] = [];
  const allId = nextId('ev-all');
  const allHintId = nextId('ev-all-hint');
  const all = h('input', { type: 'checkbox', id: allId, value: ALL_EVENTS, 'aria-describedby': allHintId, checked: selected.has(ALL_EVENTS) });

  const groupEls = groups.map((group) => {
    const selectAllId = nextId('ev-select-all');
    const items = group.types.map((t) => {
      const id = nextId('ev');
      const descId = nextId('ev-desc');
      const input = h('input', { type: 'checkbox', id, value: t.type, name: 'events', 'aria-describedby': descId, checked: selected.has(t.type) });
      return {
        input,
        el: h(
          'li',
          { class: 'event-option' },
          input,
          h('div', {}, h('label', { for: id }, h('code', {}, t.type)), h('p', { id: descId, class: 'hint' }, t.description)),
        ),
      };
    });
    const selectAll = h('input', { type: 'checkbox', id: selectAllId, class: 'select-all' });
    const state: GroupState = { selectAll, items: items.map((i) => i.input) };
    states.push(state);
    selectAll.addEventListener('change', () => {
      for (const i of state.items) i.checked = selectAll.checked;
      syncGroup(state);
    });
    for (const i of state.items) i.addEventListener('change', () => syncGroup(state));
    syncGroup(state);
    return h(
      'fieldset',
      { class: 'event-group' },
      h('legend', {}, group.label),
      h(
        'div',
        { class: 'select-all-wrap' },
        selectAll,
        h('label', { for: selectAllId }, 'Select all ', h('span', { class: 'visually-hidden' }, `${group.label} events`)),
      ),
      h(
        'ul',
        { class: 'event-list' },
        items.map((i) => i.el),
      ),
    );
  });

  const extraInputs = extras.map((pattern) => {
    const id = nextId('ev-pattern');
    return { input: h('input', { type: 'checkbox', id, value: pattern, checked: true }), id, pattern };
  });
  const extraEl = extraInputs.length
    ? h(
        'fieldset',
        { class: 'event-group' },
        h('legend', {}, 'Patterns'),
        h('p', { class: 'hint' }, 'Wildcards on this endpoint; they also match event types added later.'),
        h(
          'ul',
          { class: 'event-list' },
          extraInputs.map((x) => h('li', { class: 'event-option' }, x.input, h('label', { for: x.id }, h('code', {}, x.pattern)))),
        ),
      )
    : null;

  const groupsWrap = h('div', { class: 'event-groups' }, groupEls, extraEl);
  const syncAll = () => {
    groupsWrap.classList.toggle('is-overridden', all.checked);
    for (const input of groupsWrap.querySelectorAll('input')) input.disabled = all.checked;
  };
  all.addEventListener('change', syncAll);
  syncAll();

  const element = h(
    'fieldset',
    { class: 'events', 'aria-describedby': describedBy },
    h('legend', { class: 'field-label' }, 'Events to send'),
    h(
      'div',
      { class: 'event-option all-events' },
      all,
      h(
        'div',
        {},
        h('label', { for: allId }, 'All events'),
        h('p', { id: allHintId, class: 'hint' }, 'Every event type, including types added later (subscribes to *).'),
      ),
    ),
    groupsWrap,
  );

  return {
    element,
    values() {
      if (all.checked) return [ALL_EVENTS];
      const chosen = states.flatMap((s) => s.items.filter((i) => i.checked).map((i) => i.value));
      return [...extraInputs.filter((x) => x.input.checked).map((x) => x.pattern), ...chosen];
    },
    focus() {
      all.focus();
    },
  };
}
