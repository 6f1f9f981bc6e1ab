import { parseControlMessage } from './control-channel.service';

const parse = (body: unknown) => parseControlMessage(Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)));

describe('parseControlMessage', () => {
  it('reads one changed endpoint and a batch of them as the same shape', () => {
    expect(parse({ kind: 'endpoint.changed', endpoint_id: 'a' })).toEqual({ kind: 'endpoints.changed', endpoint_ids: ['a'] });
    expect(parse({ kind: 'endpoints.changed', endpoint_ids: ['a', 'b'] })).toEqual({ kind: 'endpoints.changed', endpoint_ids: ['a', 'b'] });
  });

  it('reads a change of the live replicas', () => {
    expect(parse({ kind: 'replicas.changed' })).toEqual({ kind: 'replicas.changed' });
  });

  it.each([
    ['not JSON', '{'],
    ['an unknown kind', { kind: 'endpoint.deleted', endpoint_id: 'a' }],
    ['an id that is not a string', { kind: 'endpoint.changed', endpoint_id: 7 }],
    ['an empty batch', { kind: 'endpoints.changed', endpoint_ids: [] }],
    ['a batch with a non-string id', { kind: 'endpoints.changed', endpoint_ids: ['a', null] }],
    ['a batch that is not a list', { kind: 'endpoints.changed', endpoint_ids: 'a' }],
    ['null', 'null'],
  ])('refuses %s', (_what, body) => {
    expect(parse(body)).toBeNull();
  });
});
