import { selfContainedSchema } from './event-schema.registry';

describe('selfContainedSchema', () => {
  const components = {
    A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' }, list: { type: 'array', items: { $ref: '#/components/schemas/B' } } } },
    B: { type: 'object', properties: { c: { $ref: '#/components/schemas/C' } } },
    C: { type: 'object', properties: { again: { $ref: '#/components/schemas/B' }, self: { $ref: '#/components/schemas/C' } } },
    Flat: { type: 'object', properties: { x: { type: 'string' } } },
  };

  it('moves referenced schemas under $defs and rewrites refs, cycles included', () => {
    expect(selfContainedSchema('A', components)).toEqual({
      type: 'object',
      properties: { b: { $ref: '#/$defs/B' }, list: { type: 'array', items: { $ref: '#/$defs/B' } } },
      $defs: {
        B: { type: 'object', properties: { c: { $ref: '#/$defs/C' } } },
        C: { type: 'object', properties: { again: { $ref: '#/$defs/B' }, self: { $ref: '#/$defs/C' } } },
      },
    });
  });

  it('leaves a schema without refs alone and answers null for an unknown name', () => {
    expect(selfContainedSchema('Flat', components)).toEqual(components.Flat);
    expect(selfContainedSchema('Nope', components)).toBeNull();
  });
});
