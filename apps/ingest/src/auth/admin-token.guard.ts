import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthenticatedRequest, RequestAuthenticator } from './request-authenticator.service';

/**
 * Provisioning routes: the admin token was checked before the body was read (see HttpEdge); this guard
 * keeps a route closed even where that hook did not run.
 */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  constructor(private readonly authenticator: RequestAuthenticator) {}

  canActivate(context: ExecutionContext): boolean {
    this.authenticator.authenticateAdmin(context.switchToHttp().getRequest<AuthenticatedRequest>());
    return true;
  }
}
