import { AppConfig, ConfigValidationError } from './app-config';
import { DEVELOPMENT_SECRETS, parseEncryptionKeys, REQUIRED_SECRETS, SECRET_MIN_LENGTH } from './secrets';

const KEY = Buffer.alloc(32, 1).toString('base64');
const SECRETS = {
  META_APP_SECRET: 'm'.repeat(32),
  META_VERIFY_TOKEN: 'v'.repeat(32),
  ADMIN_TOKEN: 'a'.repeat(32),
  ENCRYPTION_KEYS: `k1:${KEY}`,
};

function problems(source: Record<string, string | undefined>): string {
  try {
    new AppConfig(source);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigValidationError);
    return (err as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('AppConfig secrets', () => {
  it('refuses to start without secrets outside development mode, naming each missing variable', () => {
    for (const NODE_ENV of [undefined, 'production', 'test']) {
      const message = problems({ NODE_ENV });
      expect(message).toContain('Missing required configuration: META_APP_SECRET, META_VERIFY_TOKEN, ADMIN_TOKEN, ENCRYPTION_KEYS');
      expect(message).toContain('NODE_ENV=development');
    }
    const one = problems({ ...SECRETS, ADMIN_TOKEN: undefined });
    expect(one).toMatch(/^Missing required configuration: ADMIN_TOKEN\.\n/);
    expect(one).not.toContain('Invalid configuration'); // reported once, as missing
    expect(problems({ ...SECRETS, META_VERIFY_TOKEN: '' })).toContain('Missing required configuration: META_VERIFY_TOKEN.');
  });

  it('starts in production mode with every secret set, and without a development warning', () => {
    const config = new AppConfig(SECRETS);
    expect(config.env.NODE_ENV).toBe('production');
    expect(config.adminToken).toBe(SECRETS.ADMIN_TOKEN);
    expect(config.encryptionKeys).toEqual([{ id: 'k1', key: Buffer.alloc(32, 1) }]);
    expect(config.developmentDefaults).toEqual([]);
    expect(config.developmentWarning).toBeNull();
  });

  it(`refuses secrets shorter than ${SECRET_MIN_LENGTH} characters without printing them`, () => {
    const message = problems({ ...SECRETS, META_APP_SECRET: 'short-secret', ADMIN_TOKEN: 'x'.repeat(31), METRICS_TOKEN: 'tiny' });
    expect(message).toContain('META_APP_SECRET=<12 characters, hidden>: META_APP_SECRET must be at least 32 characters');
    expect(message).toContain('ADMIN_TOKEN=<31 characters, hidden>: ADMIN_TOKEN must be at least 32 characters');
    expect(message).toContain('METRICS_TOKEN must be at least 32 characters');
    expect(message).not.toContain('short-secret');
    expect(message).not.toContain('tiny');
    // Development mode does not relax the length rule for values that are given.
    expect(problems({ NODE_ENV: 'development', META_VERIFY_TOKEN: 'verify' })).toContain('META_VERIFY_TOKEN must be at least 32 characters');
  });

  it('in development mode fills only missing secrets with development values and warns once about them', () => {
    const config = new AppConfig({ NODE_ENV: 'development', ADMIN_TOKEN: SECRETS.ADMIN_TOKEN });
    expect(config.metaAppSecret).toBe(DEVELOPMENT_SECRETS.META_APP_SECRET);
    expect(config.adminToken).toBe(SECRETS.ADMIN_TOKEN);
    expect(config.encryptionKeys).toHaveLength(1);
    expect(config.developmentDefaults).toEqual(['META_APP_SECRET', 'META_VERIFY_TOKEN', 'ENCRYPTION_KEYS']);
    expect(config.developmentWarning).toMatch(
      /^DEVELOPMENT MODE \(NODE_ENV=development\): using the public development values of META_APP_SECRET, META_VERIFY_TOKEN, ENCRYPTION_KEYS\. Never run this way in production/,
    );
    expect(new AppConfig({ ...SECRETS, NODE_ENV: 'development' }).developmentWarning).toContain('all secrets are set');
  });

  it('has development values that pass its own rules', () => {
    for (const name of REQUIRED_SECRETS) expect(DEVELOPMENT_SECRETS[name].length).toBeGreaterThanOrEqual(SECRET_MIN_LENGTH);
    expect(() => parseEncryptionKeys(DEVELOPMENT_SECRETS.ENCRYPTION_KEYS)).not.toThrow();
  });

  it('reads metrics settings', () => {
    expect(new AppConfig(SECRETS).metricsPort).toBeNull();
    const config = new AppConfig({ ...SECRETS, METRICS_PORT: '9464', METRICS_TOKEN: 't'.repeat(40) });
    expect(config.metricsPort).toBe(9464);
    expect(config.metricsToken).toBe('t'.repeat(40));
    expect(problems({ ...SECRETS, METRICS_PORT: 'x' })).toContain('METRICS_PORT must be an integer');
  });

  it('reads the delivery sweeper settings and refuses a zero or malformed duration', () => {
    const defaults = new AppConfig(SECRETS);
    expect([defaults.deliverySweepIntervalMs, defaults.deliverySweepGraceMs]).toEqual([60_000, 900_000]);
    const set = new AppConfig({ ...SECRETS, DELIVERY_SWEEP_INTERVAL: '500ms', DELIVERY_SWEEP_GRACE: '2s' });
    expect([set.deliverySweepIntervalMs, set.deliverySweepGraceMs]).toEqual([500, 2_000]);
    expect(problems({ ...SECRETS, DELIVERY_SWEEP_INTERVAL: '0s' })).toContain(
      'DELIVERY_SWEEP_INTERVAL="0s": DELIVERY_SWEEP_INTERVAL must be a duration above zero',
    );
    expect(problems({ ...SECRETS, DELIVERY_SWEEP_GRACE: '15 minutes' })).toContain('DELIVERY_SWEEP_GRACE must be a duration above zero');
  });
});

describe('AMQP_URL', () => {
  it('takes one URL or the nodes of a cluster separated by commas, in order', () => {
    expect(new AppConfig(SECRETS).amqpUrls).toEqual(['amqp://guest:guest@127.0.0.1:5672']);
    const nodes = 'amqp://u:p@10.0.0.1:5672/wawh, amqp://u:p@10.0.0.2:5672/wawh ,amqps://u:p@rabbit-3:5671/wawh';
    expect(new AppConfig({ ...SECRETS, AMQP_URL: nodes }).amqpUrls).toEqual([
      'amqp://u:p@10.0.0.1:5672/wawh',
      'amqp://u:p@10.0.0.2:5672/wawh',
      'amqps://u:p@rabbit-3:5671/wawh',
    ]);
  });

  it('never echoes a refused URL, which carries the broker password', () => {
    const message = problems({ ...SECRETS, AMQP_URL: 'http://user:s3cret-pass@10.0.0.1:5672' });
    expect(message).toContain('AMQP_URL');
    expect(message).not.toContain('s3cret-pass');
  });

  it('refuses anything that is not a list of amqp(s) URLs', () => {
    for (const bad of ['http://127.0.0.1:5672', 'amqp://a:5672,', 'amqp://a:5672,,amqp://b:5672', 'amqp://a:5672,http://b', 'amqp://a b']) {
      expect(problems({ ...SECRETS, AMQP_URL: bad })).toContain('AMQP_URL must be an amqp:// or amqps:// URL, or several separated by commas');
    }
  });

  it('reads the reconcile intervals and refuses a full pass more frequent than the incremental one', () => {
    const defaults = new AppConfig(SECRETS);
    expect(defaults.reconcileIntervalMs).toBe(30_000);
    expect(defaults.fullReconcileIntervalMs).toBe(3_600_000);
    expect(new AppConfig({ ...SECRETS, RECONCILE_INTERVAL: '5s', FULL_RECONCILE_INTERVAL: '10m' }).fullReconcileIntervalMs).toBe(600_000);
    expect(problems({ ...SECRETS, FULL_RECONCILE_INTERVAL: 'hourly' })).toContain('FULL_RECONCILE_INTERVAL must be a duration like "1h"');
    expect(problems({ ...SECRETS, RECONCILE_INTERVAL: '2m', FULL_RECONCILE_INTERVAL: '1m' })).toContain(
      'FULL_RECONCILE_INTERVAL=1m: must not be shorter than RECONCILE_INTERVAL (2m)',
    );
  });
});

describe('ENCRYPTION_KEYS', () => {
  it('parses a ring, the first key active', () => {
    const other = Buffer.alloc(32, 2);
    expect(parseEncryptionKeys(` new:${other.toString('base64')} , old:${KEY}`)).toEqual([
      { id: 'new', key: other },
      { id: 'old', key: Buffer.alloc(32, 1) },
    ]);
    expect(parseEncryptionKeys(`u:${other.toString('base64url')}`)[0].key).toEqual(other);
  });

  it('refuses malformed entries with a message naming the problem but not the key', () => {
    expect(() => parseEncryptionKeys(KEY)).toThrow('entry 1 must be "<id>:<base64 key>"');
    expect(() => parseEncryptionKeys(`bad id:${KEY}`)).toThrow('entry 1 must be');
    expect(() => parseEncryptionKeys(`k:${Buffer.alloc(16).toString('base64')}`)).toThrow('key "k" must be 32 random bytes');
    expect(() => parseEncryptionKeys(`k:${KEY},k:${KEY}`)).toThrow('lists key id "k" twice');
    const message = problems({ ...SECRETS, ENCRYPTION_KEYS: `k1:${KEY},k2:not-a-valid-base64-key-of-32-bytes!!` });
    expect(message).toContain('ENCRYPTION_KEYS=<');
    expect(message).toContain('key "k2" must be 32 random bytes');
    expect(message).not.toContain(KEY);
  });

  it('reads the queue sharing mode and the replica lease, and refuses a lease under 3 s', () => {
    const defaults = new AppConfig(SECRETS);
    expect(defaults.dispatcherQueueSharing).toBe('shared');
    expect(defaults.dispatcherLeaseMs).toBe(15_000);
    expect(defaults.dispatcherHeartbeatMs).toBe(5_000);
    const custom = new AppConfig({ ...SECRETS, DISPATCHER_QUEUE_SHARING: 'all', DISPATCHER_LEASE: '6s' });
    expect(custom.dispatcherQueueSharing).toBe('all');
    expect(custom.dispatcherHeartbeatMs).toBe(2_000);
    expect(problems({ ...SECRETS, DISPATCHER_QUEUE_SHARING: 'some' })).toContain('DISPATCHER_QUEUE_SHARING must be shared or all');
    expect(problems({ ...SECRETS, DISPATCHER_LEASE: 'soon' })).toContain('DISPATCHER_LEASE must be a duration like "15s"');
    expect(problems({ ...SECRETS, DISPATCHER_LEASE: '2s' })).toContain('DISPATCHER_LEASE=2s: must be at least 3s');
    expect(new AppConfig({ ...SECRETS, DISPATCHER_LEASE: '3s' }).dispatcherHeartbeatMs).toBe(1_000);
  });
});
