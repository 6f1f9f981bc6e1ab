import { depthExceeds, MAX_VALUE_DEPTH, storableJson } from './json-limits';

function arrays(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

describe('depthExceeds', () => {
  it('counts each array or object level; scalars have no depth', () => {
    expect(depthExceeds('text', 0)).toBe(false);
    expect(depthExceeds({}, 0)).toBe(true);
    expect(depthExceeds({}, 1)).toBe(false);
    expect(depthExceeds({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(depthExceeds({ a: [{ b: 1 }] }, 2)).toBe(true);
    expect(depthExceeds({ flat: 1, deep: { a: { b: { c: {} } } } }, 4)).toBe(true);
  });

  it('accepts Meta-sized values and refuses one level past the limit', () => {
    expect(depthExceeds(arrays(MAX_VALUE_DEPTH))).toBe(false);
    expect(depthExceeds(arrays(MAX_VALUE_DEPTH + 1))).toBe(true);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(depthExceeds(arrays(100_000))).toBe(true);
  });
});

describe('storableJson', () => {
  it('is the JSON text of an ordinary value, null for undefined', () => {
    expect(storableJson({ b: 1, a: 'x' })).toBe('{"a":"x","b":1}');
    expect(storableJson('text')).toBe('"text"');
    expect(storableJson(undefined)).toBeNull();
  });

  it('keeps what jsonb refuses (NUL, lone surrogate) or what is too deep as a JSON string of its text', () => {
    expect(JSON.parse(storableJson({ t: 'a\u0000b' })!)).toBe('{"t":"a\\u0000b"}');
    expect(JSON.parse(storableJson(['\ud800'])!)).toBe('["\\ud800"]');
    const deep = arrays(10_000);
    expect(JSON.parse(storableJson(deep)!)).toBe('['.repeat(10_000) + ']'.repeat(10_000));
  });
});
