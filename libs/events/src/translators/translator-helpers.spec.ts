import {
  changeEvent,
  contentKey,
  itemContentKey,
  num,
  numOrStr,
  occurredAt,
  readErrors,
  singleChangeTranslator,
  stableStringify,
  str,
  unixToIso,
  unixToIsoOrText,
} from './translator-helpers';

const RECEIVED = new Date('2026-05-11T12:00:00Z');

describe('translator helpers', () => {
  it('stable-stringifies regardless of key order', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
    expect(stableStringify({ a: 1, b: 2 })).toBe(stableStringify({ b: 2, a: 1 }));
  });

  it('derives content keys from field, entry time and content only', () => {
    const ctx = { wabaId: 'w', entryTime: 1778490400, receivedAt: RECEIVED };
    const key = contentKey('account_update', ctx, { event: 'X', info: { a: 1, b: 2 } });
    expect(key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(contentKey('account_update', { ...ctx, receivedAt: new Date() }, { info: { b: 2, a: 1 }, event: 'X' })).toBe(key);
    expect(contentKey('account_update', { ...ctx, entryTime: 1778490401 }, { event: 'X', info: { a: 1, b: 2 } })).not.toBe(key);
    expect(contentKey('security', ctx, { event: 'X', info: { a: 1, b: 2 } })).not.toBe(key);
    expect(contentKey('account_update', ctx, { event: 'Y', info: { a: 1, b: 2 } })).not.toBe(key);
  });

  it('reads Meta scalars defensively', () => {
    expect(str(1437190053021874)).toBe('1437190053021874');
    expect(str('')).toBeUndefined();
    expect(str({})).toBeUndefined();
    expect(num('59.9')).toBe(59.9);
    expect(num('abc')).toBeUndefined();
    expect(unixToIso('1778486411')).toBe('2026-05-11T08:00:11Z');
    expect(unixToIso('never')).toBeUndefined();
  });

  it('dates events by their own time, then entry time, then arrival', () => {
    expect(occurredAt({ wabaId: 'w', entryTime: 1778490400, receivedAt: RECEIVED }, '1778486411')).toEqual(new Date(1778486411000));
    expect(occurredAt({ wabaId: 'w', entryTime: 1778490400, receivedAt: RECEIVED })).toEqual(new Date(1778490400000));
    expect(occurredAt({ wabaId: 'w', receivedAt: RECEIVED })).toEqual(RECEIVED);
  });

  it('canonicalises values nested far deeper than the call stack allows recursion', () => {
    const depth = 20_000;
    const nested = JSON.parse(`${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`) as unknown;
    const text = stableStringify(nested);
    expect(text).toHaveLength(depth * 8 + 1);
    expect(text.startsWith('{"a":[{"a":[')).toBe(true);
    const ctx = { wabaId: 'w', receivedAt: RECEIVED };
    expect(contentKey('account_update', ctx, { event: 'X', deep: nested })).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(contentKey('account_update', ctx, { event: 'X', deep: nested })).not.toBe(contentKey('account_update', ctx, { event: 'X', deep: [nested] }));
  });

  it('renders what JSON.stringify renders, with sorted keys', () => {
    const value = { s: 'é"\n', n: -1.5e-7, t: true, f: false, z: null, u: undefined, arr: [undefined, null, 0, '', {}, []], o: { b: 1, a: 2 } };
    const sorted = { arr: value.arr, f: false, n: value.n, o: { a: 2, b: 1 }, s: value.s, t: true, z: null };
    expect(stableStringify(value)).toBe(JSON.stringify(sorted));
    expect(stableStringify(undefined)).toBe('null');
    expect(stableStringify('x')).toBe('"x"');
  });

  it('keys an item by its content and the rest of the change, never its siblings', () => {
    const ctx = { wabaId: 'w', receivedAt: RECEIVED };
    const value = { metadata: { phone_number_id: '1' }, items: [{ a: 1 }, { a: 2 }] };
    const key = itemContentKey('f', ctx, value, 'items', { a: 1 });
    expect(itemContentKey('f', ctx, { ...value, items: [{ a: 1 }] }, 'items', { a: 1 })).toBe(key);
    expect(itemContentKey('f', ctx, value, 'items', { a: 2 })).not.toBe(key);
    expect(itemContentKey('f', ctx, { ...value, metadata: { phone_number_id: '2' } }, 'items', { a: 1 })).not.toBe(key);
    expect(itemContentKey('g', ctx, value, 'items', { a: 1 })).not.toBe(key);
  });

  it('reads times that are Unix seconds or text, and limits that are numbers or tier names', () => {
    expect(unixToIsoOrText(1779098300)).toBe('2026-05-18T09:58:20Z');
    expect(unixToIsoOrText('April 17, 2025')).toBe('April 17, 2025');
    expect(unixToIsoOrText({})).toBeUndefined();
    expect(numOrStr(2000)).toBe(2000);
    expect(numOrStr('-1')).toBe(-1);
    expect(numOrStr('TIER_2K')).toBe('TIER_2K');
    expect(numOrStr(null)).toBeUndefined();
  });

  it('reads errors, including the legacy shape with details at top level', () => {
    expect(
      readErrors([
        { code: 131051, title: 'Message type unknown', message: 'Message type unknown', error_data: { details: 'Message type is currently not supported.' } },
        { code: 131051, details: 'Message type is not currently supported', title: 'Unsupported message type' },
      ]),
    ).toEqual([
      { code: 131051, title: 'Message type unknown', message: 'Message type unknown', details: 'Message type is currently not supported.' },
      { code: 131051, title: 'Unsupported message type', details: 'Message type is not currently supported' },
    ]);
    expect(readErrors([])).toBeUndefined();
  });

  it('sets the number and route of a change event only when given', () => {
    const ctx = { wabaId: 'w', receivedAt: RECEIVED };
    const plain = changeEvent('f', 'x.y', { a: 1 }, ctx, { a: 1 });
    expect(Object.keys(plain).sort()).toEqual(['data', 'key', 'occurredAt', 'phoneNumberId', 'type']);
    const located = changeEvent('f', 'x.y', { a: 1 }, ctx, { a: 1 }, { displayPhoneNumber: '15550100001', route: { wabaId: 'v' }, phoneNumberId: '9' });
    expect(located).toMatchObject({ displayPhoneNumber: '15550100001', route: { wabaId: 'v' }, phoneNumberId: '9', key: plain.key });
    const translator = singleChangeTranslator('f', 'x.y', (v) => ({ a: v.a }), { locate: (v, c) => ({ route: { businessId: `${c.wabaId}:${String(v.a)}` } }) });
    expect(translator.translate({ a: 1 }, ctx)[0].route).toEqual({ businessId: 'w:1' });
  });
});
