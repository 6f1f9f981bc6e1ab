import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthenticatedRequest } from './api-key.guard';

/** The workspace id ApiKeyGuard resolved for this request. */
export const CurrentWorkspace = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const id = ctx.switchToHttp().getRequest<AuthenticatedRequest>().workspaceId;
  if (!id) throw new Error('CurrentWorkspace used on a route without ApiKeyGuard');
  return id;
});
