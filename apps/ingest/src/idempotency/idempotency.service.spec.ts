import { DomainException, ErrorCode } from '@app/common';
import { IdempotencyClaim, IdempotencyKeyRepository, IdempotencyRecord, SecretCipher } from '@app/persistence';
import { IDEMPOTENCY_ABANDONED_AFTER_MS, IDEMPOTENCY_KEY_TTL_MS, IdempotencyService, IdempotentRequest } from './idempotency.service';

/** The repository's contract in memory: claim, complete, release. */
class FakeKeys {
  rows = new Map<string, IdempotencyRecord & { createdAt: Date; expiresAt: Date }>();
  claims: IdempotencyClaim[] = [];
  vanishOnce = false;

  async claim(c: IdempotencyClaim) {
    this.claims.push(c);
    const row = this.rows.get(c.key);
    const free = !row || row.expiresAt <= c.now || (row.statusCode === null && row.createdAt < c.abandonedBefore);
    if (free) {
      this.rows.set(c.key, {
        requestPath: c.requestPath,
        requestHash: c.requestHash,
        statusCode: null,
        response: null,
        createdAt: c.now,
        expiresAt: c.expiresAt,
      });
      return { claimed: true as const };
    }
    if (this.vanishOnce) {
      this.vanishOnce = false;
      this.rows.delete(c.key);
      return null;
    }
    return { claimed: false as const, existing: row };
  }
  async complete(_w: string, key: string, statusCode: number, response: string) {
    Object.assign(this.rows.get(key)!, { statusCode, response });
  }
  async release(_w: string, key: string) {
    if (this.rows.get(key)?.statusCode === null) this.rows.delete(key);
  }
}

const cipher = new SecretCipher([{ id: 'k', key: Buffer.alloc(32, 3) }]);
const request: IdempotentRequest = { workspaceId: 'w', key: 'k1', path: 'POST /v1/webhooks', bodyHash: 'h1' };
const code = async (p: Promise<unknown>) =>
  (
    (await p.then(
      () => null,
      (e: unknown) => e,
    )) as DomainException | null
  )?.code;

describe('IdempotencyService', () => {
  let keys: FakeKeys;
  let service: IdempotencyService;
  beforeEach(() => {
    keys = new FakeKeys();
    service = new IdempotencyService(keys as unknown as IdempotencyKeyRepository, cipher);
  });

  it('claims a new key for 24 hours and replays the kept response, encrypted at rest', async () => {
    const now = new Date('2026-11-30T08:00:00Z');
    expect(await service.begin(request, now)).toEqual({ kind: 'proceed' });
    expect(keys.claims[0].expiresAt.getTime() - now.getTime()).toBe(IDEMPOTENCY_KEY_TTL_MS);
    expect(now.getTime() - keys.claims[0].abandonedBefore.getTime()).toBe(IDEMPOTENCY_ABANDONED_AFTER_MS);
    await service.complete(request, 201, { id: 'e1', secret: 'whsec_abc' });
    expect(keys.rows.get('k1')!.response).not.toContain('whsec_abc');
    expect(await service.begin(request, now)).toEqual({ kind: 'replay', statusCode: 201, body: { id: 'e1', secret: 'whsec_abc' } });
  });

  it('replays an empty (204) response as no body', async () => {
    await service.begin(request);
    await service.complete(request, 204, undefined);
    expect(await service.begin(request)).toEqual({ kind: 'replay', statusCode: 204, body: undefined });
  });

  it('refuses another body or path as reused, and a running first request as in progress', async () => {
    await service.begin(request);
    expect(await code(service.begin({ ...request, bodyHash: 'h2' }))).toBe(ErrorCode.IdempotencyKeyReused);
    expect(await code(service.begin({ ...request, path: 'POST /v1/webhooks/x/rotate-secret' }))).toBe(ErrorCode.IdempotencyKeyReused);
    expect(await code(service.begin(request))).toBe(ErrorCode.IdempotencyKeyInProgress);
  });

  it('a released key, an expired one and an abandoned one can be claimed again', async () => {
    const t0 = new Date('2026-11-30T08:00:00Z');
    await service.begin(request, t0);
    await service.release(request);
    expect(await service.begin({ ...request, bodyHash: 'fixed' }, t0)).toEqual({ kind: 'proceed' });
    // Still running after the abandonment window: its process is taken as gone.
    expect(await service.begin(request, new Date(t0.getTime() + IDEMPOTENCY_ABANDONED_AFTER_MS + 1))).toEqual({ kind: 'proceed' });
    await service.complete(request, 200, { ok: true });
    expect(
      await service.begin({ ...request, bodyHash: 'other' }, new Date(t0.getTime() + IDEMPOTENCY_KEY_TTL_MS + IDEMPOTENCY_ABANDONED_AFTER_MS + 2)),
    ).toEqual({
      kind: 'proceed',
    });
  });

  it('claims again when the row vanished between claim and read', async () => {
    await service.begin(request);
    keys.vanishOnce = true;
    expect(await service.begin(request)).toEqual({ kind: 'proceed' });
    expect(keys.claims).toHaveLength(3);
  });
});
