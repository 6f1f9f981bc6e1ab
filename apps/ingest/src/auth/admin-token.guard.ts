import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '@app/config';
import { DomainException, ErrorCode } from '@app/common';

const digest = (v: string) => createHash('sha256').update(v).digest();

/** Provisioning routes: `x-admin-token` compared in constant time (digests have equal length). */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  private readonly expected: Buffer;
  constructor(config: AppConfig) {
    this.expected = digest(config.adminToken);
  }

  canActivate(context: ExecutionContext): boolean {
    const token = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers['x-admin-token'];
    if (!token || !timingSafeEqual(digest(token), this.expected)) {
      throw new DomainException(ErrorCode.Unauthorized, 'missing or wrong x-admin-token');
    }
    return true;
  }
}
