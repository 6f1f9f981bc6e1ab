import { AppConfig, ConfigValidationError } from './app-config';

const SECRETS = {
  META_APP_SECRET: 'm'.repeat(32),
  META_VERIFY_TOKEN: 'v'.repeat(32),
  ADMIN_TOKEN: 'a'.repeat(32),
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
};

const withEnv = (env: Record<string, string>) => new AppConfig({ ...SECRETS, ...env });

describe('AppConfig: embeddable settings page', () => {
  it('refuses framing by default and lets sign-ins last at most 24 h', () => {
    const config = withEnv({});
    expect(config.portalFrameAncestors).toBe("'none'");
    expect(config.portalSessionMaxTtlMs).toBe(24 * 3_600_000);
  });

  it("accepts 'self', schemes and origins (with a wildcard host or port), whitespace normalised", () => {
    for (const value of ["'self'", 'https:', 'https://app.example.com', "'self'  https://app.example.com:8443\thttps://*.example.com http://127.0.0.1:*"]) {
      expect(withEnv({ PORTAL_FRAME_ANCESTORS: value }).portalFrameAncestors).toBe(value.trim().split(/\s+/).join(' '));
    }
  });

  it("refuses anything that could break out of the header or mean something else: paths, ';', bare none, 'none' with others", () => {
    for (const value of [
      'none',
      "'none' https://app.example.com",
      'https://app.example.com/embed',
      "https://app.example.com; script-src 'unsafe-inline'",
      'app.example.com',
      "'unsafe-inline'",
      'javascript:',
    ]) {
      expect(() => withEnv({ PORTAL_FRAME_ANCESTORS: value })).toThrow(ConfigValidationError);
    }
    expect(() => withEnv({ PORTAL_FRAME_ANCESTORS: 'none' })).toThrow(/PORTAL_FRAME_ANCESTORS must be 'none' or space-separated/);
  });

  it('reads PORTAL_SESSION_MAX_TTL as a duration', () => {
    expect(withEnv({ PORTAL_SESSION_MAX_TTL: '2h' }).portalSessionMaxTtlMs).toBe(7_200_000);
    expect(() => withEnv({ PORTAL_SESSION_MAX_TTL: 'forever' })).toThrow(/PORTAL_SESSION_MAX_TTL must be a duration/);
  });
});
