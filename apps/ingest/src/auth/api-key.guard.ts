import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@app/common';
import { ApiKeyRepository } from '@app/persistence';
import { hashApiKey } from './api-key';

export interface AuthenticatedRequest {
  headers: Record<string, string | undefined>;
  workspaceId?: string;
}

/** Resolves `Authorization: Bearer <api key>` to a workspace; a missing, unknown or revoked key is 401. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly apiKeys: ApiKeyRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (!match) throw new DomainException(ErrorCode.Unauthorized, 'missing "Authorization: Bearer <api key>" header');
    const key = await this.apiKeys.findActiveByHash(hashApiKey(match[1]));
    if (!key) throw new DomainException(ErrorCode.Unauthorized, 'API key is invalid or revoked');
    req.workspaceId = key.workspaceId;
    return true;
  }
}
