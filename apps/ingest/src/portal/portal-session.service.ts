import { Injectable } from '@nestjs/common';
import { DomainException } from '@app/common';
import { AppConfig } from '@app/config';
import { PortalSessionEntity, PortalSessionRepository, WorkspaceRepository } from '@app/persistence';
import { issuePortalToken } from '../auth/portal-token';
import { CreatedPortalSessionDto, DEFAULT_PORTAL_SESSION_SECONDS, PortalSessionDto } from './dto/portal-session.dto';

/** Where the settings page lives, and the fragment key it reads its sign-in from. */
export const SETTINGS_PAGE_PATH = '/settings/webhooks';
export const PORTAL_FRAGMENT_KEY = 'portal';

const toDto = (s: PortalSessionEntity): PortalSessionDto => ({
  id: s.id,
  prefix: s.prefix,
  read_only: s.readOnly,
  created_at: s.createdAt.toISOString(),
  expires_at: s.expiresAt.toISOString(),
  revoked_at: s.revokedAt?.toISOString() ?? null,
});

/** Short-lived settings-page sign-ins the platform's backend hands to its users (embeddable portal). */
@Injectable()
export class PortalSessionService {
  constructor(
    private readonly config: AppConfig,
    private readonly workspaces: WorkspaceRepository,
    private readonly sessions: PortalSessionRepository,
  ) {}

  async create(workspaceId: string, opts: { expiresInSeconds?: number; readOnly?: boolean }): Promise<CreatedPortalSessionDto> {
    await this.requireWorkspace(workspaceId);
    const seconds = opts.expiresInSeconds ?? DEFAULT_PORTAL_SESSION_SECONDS;
    const maxSeconds = Math.floor(this.config.portalSessionMaxTtlMs / 1000);
    if (seconds > maxSeconds) throw DomainException.validation('expires_in_seconds', `must not be greater than ${maxSeconds} (PORTAL_SESSION_MAX_TTL)`);
    const issued = issuePortalToken();
    const stored = await this.sessions.insert({
      workspaceId,
      prefix: issued.prefix,
      tokenHash: issued.hash,
      readOnly: opts.readOnly ?? false,
      expiresAt: new Date(Date.now() + seconds * 1000),
    });
    return { ...toDto(stored), url: this.urlFor(issued.token) };
  }

  async list(workspaceId: string): Promise<PortalSessionDto[]> {
    await this.requireWorkspace(workspaceId);
    return (await this.sessions.listForWorkspace(workspaceId)).map(toDto);
  }

  async revoke(workspaceId: string, sessionId: string): Promise<void> {
    if (!(await this.sessions.revoke(workspaceId, sessionId))) throw DomainException.notFound('portal session');
  }

  /** The token rides in the fragment: browsers keep it out of requests, proxies and access logs. */
  private urlFor(token: string): string {
    const base = this.config.publicBaseUrl.replace(/\/+$/, '');
    return `${base}${SETTINGS_PAGE_PATH}#${PORTAL_FRAGMENT_KEY}=${token}`;
  }

  private async requireWorkspace(id: string): Promise<void> {
    if (!(await this.workspaces.findById(id))) throw DomainException.notFound('workspace');
  }
}
