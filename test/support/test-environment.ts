import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { parseEncryptionKeys } from '@app/config';
import { dropDatabase, SecretCipher } from '@app/persistence';

const exec = promisify(execFile);

// Secrets are refused below 32 characters, and required outside NODE_ENV=development.
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const META_APP_SECRET = 'test-meta-app-secret-0123456789ab';
export const META_VERIFY_TOKEN = 'test-verify-token-0123456789abcdef';
/** "<key id>:<base64 of 32 bytes>", the format of ENCRYPTION_KEYS. */
export const ENCRYPTION_KEYS = `test:${Buffer.alloc(32, 7).toString('base64')}`;

/** Reads what the apps stored under ENCRYPTION_KEYS (tests look at rows directly). */
export function testCipher(keys = ENCRYPTION_KEYS): SecretCipher {
  return new SecretCipher(parseEncryptionKeys(keys));
}

/** A database and a RabbitMQ vhost of the test file's own, both removed afterwards. */
export interface TestEnvironment {
  id: string;
  databaseUrl: string;
  amqpUrl: string;
  vhost: string;
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

async function rabbitmqctl(...args: string[]): Promise<void> {
  await exec('rabbitmqctl', ['-q', ...args], { timeout: 30_000 });
}

/** What the apps under test run with: the test secrets, private targets allowed, quiet logs, fast reconcile. */
export function appEnvironment(databaseUrl: string, amqpUrl: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    AMQP_URL: amqpUrl,
    ADMIN_TOKEN,
    META_APP_SECRET,
    META_VERIFY_TOKEN,
    ENCRYPTION_KEYS,
    ALLOW_PRIVATE_TARGETS: 'true',
    LOG_LEVEL: 'warn',
    RECONCILE_INTERVAL: '2s',
    // A killed replica's share of the endpoint queues moves within about 4 s.
    DISPATCHER_LEASE: '3s',
    ...overrides,
  };
}

export async function createTestEnvironment(overrides: Record<string, string> = {}): Promise<TestEnvironment> {
  const id = randomBytes(5).toString('hex');
  const vhost = `wawh-test-${id}`;
  await rabbitmqctl('add_vhost', vhost);
  await rabbitmqctl('set_permissions', '-p', vhost, 'guest', '.*', '.*', '.*');
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/wawh_test_${id}`;
  const amqpUrl = `amqp://guest:guest@127.0.0.1:5672/${encodeURIComponent(vhost)}`;
  const env = appEnvironment(databaseUrl, amqpUrl, overrides);
  return {
    id,
    databaseUrl,
    amqpUrl,
    vhost,
    env,
    cleanup: async () => {
      await rabbitmqctl('delete_vhost', vhost).catch(() => undefined);
      await dropDatabase(databaseUrl).catch(() => undefined);
    },
  };
}
