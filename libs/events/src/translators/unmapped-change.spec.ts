import { stableStringify } from './translator-helpers';
import { UNMAPPED_CHANGE_TYPE, unmappedChangeEvent } from './unmapped-change';

const ctx = { entryTime: 1778490400, receivedAt: new Date('2026-05-12T16:10:17Z') };

function nested(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { k: value };
  return value;
}

describe('stableStringify', () => {
  it.each([
    [{ b: 1, a: [3, { d: undefined, c: 'x' }], e: null }, '{"a":[3,{"c":"x"}],"b":1,"e":null}'],
    [[undefined, 1, 'two', true, { z: { y: [] } }], '[null,1,"two",true,{"z":{"y":[]}}]'],
    ['text', '"text"'],
    [42, '42'],
    [null, 'null'],
    [undefined, 'null'],
    [{}, '{}'],
    [[], '[]'],
    [{ 'quo"te': '\u0000' }, '{"quo\\"te":"\\u0000"}'],
  ])('renders %j with sorted keys, undefined dropped in objects and null elsewhere', (value, text) => {
    expect(stableStringify(value)).toBe(text);
  });

  it('serialises a value nested 100,000 levels deep without overflowing the stack', () => {
    const text = stableStringify(nested(100_000));
    expect(text.startsWith('[{"k":[{"k":')).toBe(true);
    expect(text.length).toBeGreaterThan(300_000);
  });
});

describe('unmappedChangeEvent', () => {
  it('builds a meta.unmapped_change event with field, reason, entry id and value', () => {
    const event = unmappedChangeEvent({ field: 'some_future_field', reason: 'no_translator', entryId: '102290129340398', value: { a: 1 } }, ctx);
    expect(event).toEqual({
      type: UNMAPPED_CHANGE_TYPE,
      key: expect.stringMatching(/^unmapped:[0-9a-f]{64}$/),
      occurredAt: new Date(1778490400 * 1000),
      phoneNumberId: null,
      data: { field: 'some_future_field', reason: 'no_translator', entry_id: '102290129340398', value: { a: 1 } },
    });
  });

  it('carries the path and message of an unreadable item, and null for a missing value', () => {
    const event = unmappedChangeEvent(
      { field: 'messages', reason: 'unreadable', path: 'messages[2]', message: 'messages[2] is not an object', entryId: '1', value: undefined },
      ctx,
    );
    expect(event.data).toEqual({
      field: 'messages',
      reason: 'unreadable',
      path: 'messages[2]',
      message: 'messages[2] is not an object',
      entry_id: '1',
      value: null,
    });
  });

  it('uses receivedAt without an entry time', () => {
    expect(unmappedChangeEvent({ field: 'f', reason: 'no_translator', entryId: '1', value: 1 }, { receivedAt: ctx.receivedAt }).occurredAt).toEqual(
      ctx.receivedAt,
    );
  });

  it('keys by field, path and canonical value: a resend (any key order) gets the same key, anything else another', () => {
    const key = (over: Partial<Parameters<typeof unmappedChangeEvent>[0]> = {}) =>
      unmappedChangeEvent({ field: 'f', reason: 'unreadable', path: 'messages[0]', entryId: '1', value: { a: 1, b: 2 }, ...over }, ctx).key;
    expect(key({ value: { b: 2, a: 1 } })).toBe(key());
    expect(key({ message: 'another message' })).toBe(key());
    expect(key({ field: 'g' })).not.toBe(key());
    expect(key({ path: 'messages[1]' })).not.toBe(key());
    expect(key({ value: { a: 1, b: 3 } })).not.toBe(key());
  });

  it('keys a deeply nested value without overflowing the stack', () => {
    expect(unmappedChangeEvent({ field: 'f', reason: 'unreadable', entryId: '1', value: nested(50_000) }, ctx).key).toMatch(/^unmapped:/);
  });
});
