import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthenticatedRequest, RequestAuthenticator } from './request-authenticator.service';

export type { AuthenticatedRequest } from './request-authenticator.service';

/**
 * /v1 routes: the API key was checked before the body was read (see HttpEdge); this guard keeps a route
 * closed even where that hook did not run.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly authenticator: RequestAuthenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.authenticator.authenticateApiKey(context.switchToHttp().getRequest<AuthenticatedRequest>());
    return true;
  }
}
