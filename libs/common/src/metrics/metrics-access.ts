import { CanActivate, ExecutionContext, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '@app/config';

const digest = (v: string) => createHash('sha256').update(v).digest();

/** True when no token is configured, or `authorization` is "Bearer <token>" (compared in constant time). */
export function metricsAuthorized(authorization: string | undefined, token: string | null): boolean {
  if (token === null) return true;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return m !== null && timingSafeEqual(digest(m[1]), digest(token));
}

/**
 * /metrics on the app's own port: absent (404) when METRICS_PORT moves it to a port of its own, and
 * behind `Authorization: Bearer <METRICS_TOKEN>` when a token is set.
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.config.metricsPort !== null) throw new NotFoundException(`metrics are served on port ${this.config.metricsPort} only`);
    const headers = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers;
    if (!metricsAuthorized(headers.authorization, this.config.metricsToken))
      throw new UnauthorizedException('metrics need Authorization: Bearer <METRICS_TOKEN>');
    return true;
  }
}
