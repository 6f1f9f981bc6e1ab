import { Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { DomainException, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { ApiKeyRepository, PortalSessionRepository } from '@app/persistence';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { hashApiKey } from './api-key';
import { isPortalToken } from './portal-token';

/** The parts of a request authentication reads, and what it leaves on the request for guards and handlers. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  method?: string;
  /** Client address (X-Forwarded-For only from peers trusted by TRUST_PROXY). */
  ip: string;
  workspaceId?: string;
  apiKeyId?: string;
  /** Set when the settings page signed in with a portal token instead of an API key. */
  portalSessionId?: string;
  adminAuthenticated?: boolean;
}

const digest = (v: string) => createHash('sha256').update(v).digest();
/** What a read-only portal sign-in may still do: look. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const single = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? undefined : v);

/**
 * Authenticates /v1 and /admin/v1 from headers alone, so it runs before the body is read (onRequest).
 * Failed attempts count against the client address; an authenticated API key spends its rate allowance.
 * The result stays on the request: guards and @CurrentWorkspace read it without a second lookup.
 */
@Injectable()
export class RequestAuthenticator {
  private readonly adminDigest: Buffer;

  constructor(
    config: AppConfig,
    private readonly apiKeys: ApiKeyRepository,
    private readonly portalSessions: PortalSessionRepository,
    private readonly rateLimits: RateLimitService,
  ) {
    this.adminDigest = digest(config.adminToken);
  }

  /**
   * `Authorization: Bearer <api key>` → workspace; a missing, unknown or revoked key is 401. A settings-page
   * portal token (`wp_…`) is accepted the same way for its own workspace until it expires or is revoked.
   */
  async authenticateApiKey(req: AuthenticatedRequest): Promise<void> {
    if (req.workspaceId) return;
    this.rateLimits.assertAuthAllowed(req.ip);
    const match = /^Bearer\s+(\S+)\s*$/i.exec(single(req.headers.authorization) ?? '');
    if (!match) this.fail(req, 'missing "Authorization: Bearer <api key>" header');
    if (isPortalToken(match[1])) return this.authenticatePortal(req, match[1]);
    const key = await this.apiKeys.findActiveByHash(hashApiKey(match[1]));
    if (!key) this.fail(req, 'API key is invalid or revoked');
    req.workspaceId = key.workspaceId;
    req.apiKeyId = key.id;
    this.rateLimits.takeApiKey(key.id);
  }

  private async authenticatePortal(req: AuthenticatedRequest, token: string): Promise<void> {
    const session = await this.portalSessions.findActiveByHash(hashApiKey(token));
    if (!session) this.fail(req, 'the settings-page sign-in is invalid, expired or revoked');
    this.rateLimits.takeApiKey(session.id);
    // Checked before the body is read: a read-only sign-in never gets to write.
    if (session.readOnly && !READ_METHODS.has((req.method ?? 'GET').toUpperCase())) {
      throw new DomainException(ErrorCode.Forbidden, 'this settings-page sign-in is read-only');
    }
    req.workspaceId = session.workspaceId;
    req.portalSessionId = session.id;
  }

  /** `x-admin-token` compared in constant time (digests have equal length). */
  authenticateAdmin(req: AuthenticatedRequest): void {
    if (req.adminAuthenticated) return;
    this.rateLimits.assertAuthAllowed(req.ip);
    const token = single(req.headers['x-admin-token']);
    if (!token || !timingSafeEqual(digest(token), this.adminDigest)) this.fail(req, 'missing or wrong x-admin-token');
    req.adminAuthenticated = true;
  }

  private fail(req: AuthenticatedRequest, message: string): never {
    this.rateLimits.recordAuthFailure(req.ip);
    throw new DomainException(ErrorCode.Unauthorized, message);
  }
}
