import { Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '@app/config';
import { DomainException, ErrorCode } from '@app/common';
import { MetaWebhookBody } from '@app/events';

const digest = (v: string) => createHash('sha256').update(v).digest();

@Injectable()
export class MetaVerificationService {
  private readonly verifyTokenDigest: Buffer;

  constructor(config: AppConfig) {
    this.verifyTokenDigest = digest(config.metaVerifyToken);
  }

  /** The subscription handshake: echo hub.challenge when mode and verify token match. */
  answer(query: Record<string, string | string[] | undefined>): string {
    if (query['hub.mode'] !== 'subscribe') {
      throw DomainException.validation('hub.mode', 'hub.mode must be "subscribe"');
    }
    // Compared as digests of equal length, in constant time: the token must not leak by timing.
    const token = query['hub.verify_token'];
    if (typeof token !== 'string' || !timingSafeEqual(digest(token), this.verifyTokenDigest)) {
      throw new DomainException(ErrorCode.Forbidden, 'hub.verify_token does not match META_VERIFY_TOKEN');
    }
    const challenge = query['hub.challenge'];
    if (typeof challenge !== 'string' || !challenge) throw DomainException.validation('hub.challenge', 'hub.challenge is required, once');
    return challenge;
  }

  /** Only the outer shape is checked here; unknown objects and fields are kept, not refused. */
  assertShape(body: unknown): MetaWebhookBody {
    const b = body as MetaWebhookBody;
    if (!b || typeof b !== 'object' || Array.isArray(b) || typeof b.object !== 'string') {
      throw DomainException.validation('object', 'body must be a JSON object with a string "object"');
    }
    if (b.entry !== undefined && !Array.isArray(b.entry)) throw DomainException.validation('entry', 'entry must be an array');
    for (const [i, entry] of (b.entry ?? []).entries()) {
      if (!entry || typeof entry !== 'object' || (typeof entry.id !== 'string' && typeof entry.id !== 'number')) {
        throw DomainException.validation(`entry[${i}].id`, 'each entry needs an id');
      }
      if (entry.changes !== undefined && !Array.isArray(entry.changes)) {
        throw DomainException.validation(`entry[${i}].changes`, 'changes must be an array');
      }
    }
    return b;
  }
}
