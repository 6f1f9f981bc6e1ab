import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@app/common';
import { IdempotencyKeyRepository, SecretCipher } from '@app/persistence';

/** How long a key answers with its first response (as Stripe and Svix keep theirs). */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3_600_000;
/**
 * A first request still unfinished after this long is taken as lost with its process, so its key can be
 * used again; no management request runs nearly this long.
 */
export const IDEMPOTENCY_ABANDONED_AFTER_MS = 5 * 60_000;

export interface IdempotentRequest {
  workspaceId: string;
  key: string;
  /** Method and URL of the request. */
  path: string;
  bodyHash: string;
}

export type IdempotencyDecision = { kind: 'proceed' } | { kind: 'replay'; statusCode: number; body: unknown };

/** Claims keys, keeps first responses (encrypted: a created endpoint's response carries its secret) and replays them. */
@Injectable()
export class IdempotencyService {
  constructor(
    private readonly keys: IdempotencyKeyRepository,
    private readonly cipher: SecretCipher,
  ) {}

  async begin(request: IdempotentRequest, now = new Date()): Promise<IdempotencyDecision> {
    // A second pass only when the row vanished between claim and read (its first request just failed).
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await this.keys.claim({
        workspaceId: request.workspaceId,
        key: request.key,
        requestPath: request.path,
        requestHash: request.bodyHash,
        now,
        expiresAt: new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_MS),
        abandonedBefore: new Date(now.getTime() - IDEMPOTENCY_ABANDONED_AFTER_MS),
      });
      if (!result) continue;
      if (result.claimed) return { kind: 'proceed' };
      const first = result.existing;
      if (first.requestPath !== request.path || first.requestHash !== request.bodyHash) {
        throw new DomainException(
          ErrorCode.IdempotencyKeyReused,
          'Idempotency-Key was already used with another request body or path; use a new key for a new request',
          [{ field: 'Idempotency-Key', reason: `first used for ${first.requestPath} with another body` }],
        );
      }
      if (first.statusCode === null || first.response === null) break;
      const stored = JSON.parse(this.cipher.decrypt(first.response)) as { body?: unknown };
      return { kind: 'replay', statusCode: first.statusCode, body: stored.body };
    }
    throw new DomainException(ErrorCode.IdempotencyKeyInProgress, 'a request with this Idempotency-Key is still in progress; retry once it has finished');
  }

  /** Keeps a successful response for replays. */
  async complete(request: IdempotentRequest, statusCode: number, body: unknown): Promise<void> {
    const stored = JSON.stringify(body === undefined ? {} : { body });
    await this.keys.complete(request.workspaceId, request.key, statusCode, this.cipher.encrypt(stored));
  }

  /** Forgets the key of a request that failed, so the client may retry it. */
  async release(request: IdempotentRequest): Promise<void> {
    await this.keys.release(request.workspaceId, request.key);
  }
}
