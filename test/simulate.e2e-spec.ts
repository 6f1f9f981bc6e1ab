import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEVELOPMENT_SECRETS } from '@app/config/secrets';
import { sampleTimestamps, simulateTarget } from '../scripts/simulate-target';
import { WebhookReceiver } from './support/webhook-receiver';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');

describe('npm run simulate: where it posts, what it signs with, when its samples happen', () => {
  it('posts to --url, else PUBLIC_BASE_URL, else localhost on INGEST_PORT', () => {
    const env = { META_APP_SECRET: 's'.repeat(32) };
    expect(simulateTarget({}, env).url).toBe('http://localhost:3000');
    expect(simulateTarget({}, { ...env, INGEST_PORT: '8080' }).url).toBe('http://localhost:8080');
    expect(simulateTarget({}, { ...env, INGEST_PORT: '8080', PUBLIC_BASE_URL: 'https://hooks.example.com/' }).url).toBe('https://hooks.example.com');
    expect(simulateTarget({ url: 'http://10.0.0.5:9000' }, { ...env, PUBLIC_BASE_URL: 'https://hooks.example.com' }).url).toBe('http://10.0.0.5:9000');
    expect(() => simulateTarget({}, { ...env, INGEST_PORT: 'eighty' })).toThrow('INGEST_PORT');
    expect(() => simulateTarget({ url: 'localhost:3000' }, env)).toThrow('http(s) URL');
  });

  it('signs with --secret, else META_APP_SECRET, else the development default only with NODE_ENV=development', () => {
    expect(simulateTarget({ secret: 'flag' }, { META_APP_SECRET: 'env' })).toMatchObject({ secret: 'flag', secretSource: '--secret' });
    expect(simulateTarget({}, { META_APP_SECRET: 'env', NODE_ENV: 'development' })).toMatchObject({ secret: 'env', secretSource: 'META_APP_SECRET' });
    expect(simulateTarget({}, { NODE_ENV: 'development' })).toMatchObject({
      secret: DEVELOPMENT_SECRETS.META_APP_SECRET,
      secretSource: 'development default',
    });
    expect(() => simulateTarget({}, { NODE_ENV: 'production' })).toThrow('META_APP_SECRET is not set');
    expect(() => simulateTarget({}, {})).toThrow('META_APP_SECRET is not set');
  });

  it('gives each sample of a run its own second, the last one now, none in the future', () => {
    const now = Date.UTC(2026, 10, 30, 8, 0, 0, 750);
    expect(sampleTimestamps(3, now)).toEqual([now / 1000 - 2.75, now / 1000 - 1.75, now / 1000 - 0.75]);
    expect(sampleTimestamps(1, now)).toEqual([Math.floor(now / 1000)]);
  });

  it('the script posts a signed sample with timestamps of now to the ingest of INGEST_PORT', async () => {
    const receiver = await new WebhookReceiver().start();
    try {
      const port = new URL(receiver.url).port;
      const before = Math.floor(Date.now() / 1000);
      const { stdout } = await run(
        process.execPath,
        [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/simulate.ts', 'call.terminated', '--count', '2'],
        {
          cwd: ROOT,
          env: { PATH: process.env.PATH, NODE_ENV: 'development', INGEST_PORT: port },
          timeout: 60_000,
        },
      );
      const after = Math.floor(Date.now() / 1000);
      expect(stdout).toContain('1/2 → 200');
      expect(receiver.requests).toHaveLength(2);
      for (const req of receiver.requests) {
        const expected = 'sha256=' + createHmac('sha256', DEVELOPMENT_SECRETS.META_APP_SECRET).update(req.body).digest('hex');
        expect(req.headers['x-hub-signature-256']).toBe(expected);
      }
      const calls = receiver.requests.map((r) => (r.json as any).entry[0].changes[0].value.calls[0]);
      for (const call of calls) {
        expect(Number(call.timestamp)).toBeLessThanOrEqual(after);
        expect(Number(call.timestamp)).toBeGreaterThanOrEqual(before - 2);
        expect(Number(call.end_time)).toBeLessThanOrEqual(after);
      }
      expect(calls[0].id).not.toBe(calls[1].id);
    } finally {
      await receiver.stop();
    }
  });
});
