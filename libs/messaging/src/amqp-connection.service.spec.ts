import { brokerAddress, nodesStartingAt } from './amqp-connection.service';

describe('brokerAddress', () => {
  it('names the node a connection goes to without its credentials', () => {
    expect(brokerAddress('amqp://user:s3cret@10.0.0.2:5682/%2F')).toBe('10.0.0.2:5682');
    expect(brokerAddress('amqp://user:s3cret@rabbit-1/wawh')).toBe('rabbit-1:5672');
    expect(brokerAddress('amqps://user:s3cret@rabbit-1')).toBe('rabbit-1:5671');
    expect(brokerAddress('not a url')).toBe('an unparsable AMQP_URL');
  });
});

describe('nodesStartingAt', () => {
  const nodes = ['amqp://a', 'amqp://b', 'amqp://c'];

  it('rotates the list so every node is still tried, in order, after the starting one', () => {
    expect(nodesStartingAt(nodes, 0)).toEqual(['amqp://a', 'amqp://b', 'amqp://c']);
    expect(nodesStartingAt(nodes, 1)).toEqual(['amqp://b', 'amqp://c', 'amqp://a']);
    expect(nodesStartingAt(nodes, 2)).toEqual(['amqp://c', 'amqp://a', 'amqp://b']);
    expect(nodesStartingAt(nodes, 4)).toEqual(['amqp://b', 'amqp://c', 'amqp://a']);
  });

  it('keeps a single node and an empty list as they are', () => {
    expect(nodesStartingAt(['amqp://only'], 7)).toEqual(['amqp://only']);
    expect(nodesStartingAt([], 3)).toEqual([]);
  });
});
