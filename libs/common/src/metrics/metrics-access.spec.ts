import { metricsAuthorized } from './metrics-access';

describe('metricsAuthorized', () => {
  const token = 'metrics-token-0123456789abcdef0123';
  it('lets anyone in without a token', () => {
    expect(metricsAuthorized(undefined, null)).toBe(true);
  });
  it('wants the exact bearer token when one is set', () => {
    expect(metricsAuthorized(`Bearer ${token}`, token)).toBe(true);
    expect(metricsAuthorized(`bearer ${token}`, token)).toBe(true);
    expect(metricsAuthorized(undefined, token)).toBe(false);
    expect(metricsAuthorized(`Bearer ${token}x`, token)).toBe(false);
    expect(metricsAuthorized(token, token)).toBe(false);
    expect(metricsAuthorized('Basic abc', token)).toBe(false);
  });
});
