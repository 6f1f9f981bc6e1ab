import { brokerAddress } from './amqp-connection.service';

describe('brokerAddress', () => {
  it('names the node a connection goes to without its credentials', () => {
    expect(brokerAddress('amqp://user:s3cret@10.0.0.2:5682/%2F')).toBe('10.0.0.2:5682');
    expect(brokerAddress('amqp://user:s3cret@rabbit-1/wawh')).toBe('rabbit-1:5672');
    expect(brokerAddress('amqps://user:s3cret@rabbit-1')).toBe('rabbit-1:5671');
    expect(brokerAddress('not a url')).toBe('an unparsable AMQP_URL');
  });
});
