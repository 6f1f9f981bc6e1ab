import { DomainException, ErrorCode, MetricsRegistry } from '@app/common';
import { AppConfig } from '@app/config';
import { ApiKeyEntity, ApiKeyRepository, PortalSessionEntity, PortalSessionRepository } from '@app/persistence';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { hashApiKey, issueApiKey } from './api-key';
import { issuePortalToken } from './portal-token';
import { AuthenticatedRequest, RequestAuthenticator } from './request-authenticator.service';

const config = new AppConfig({
  META_APP_SECRET: 'm'.repeat(32),
  META_VERIFY_TOKEN: 'v'.repeat(32),
  ADMIN_TOKEN: 'a'.repeat(32),
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
});

const WORKSPACE = '5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11';

function setup() {
  const apiKey = issueApiKey();
  const writer = issuePortalToken();
  const reader = issuePortalToken();
  const sessions = new Map<string, PortalSessionEntity>([
    [writer.hash, { id: 'writer', workspaceId: WORKSPACE, readOnly: false } as PortalSessionEntity],
    [reader.hash, { id: 'reader', workspaceId: WORKSPACE, readOnly: true } as PortalSessionEntity],
  ]);
  const portalLookups: string[] = [];
  const apiKeys = {
    findActiveByHash: async (hash: string) => (hash === apiKey.hash ? ({ id: 'key', workspaceId: WORKSPACE } as ApiKeyEntity) : null),
  } as unknown as ApiKeyRepository;
  const portal = {
    findActiveByHash: async (hash: string) => {
      portalLookups.push(hash);
      return sessions.get(hash) ?? null;
    },
  } as unknown as PortalSessionRepository;
  const authenticator = new RequestAuthenticator(config, apiKeys, portal, new RateLimitService(config, new MetricsRegistry()));
  const request = (credential: string, method = 'GET'): AuthenticatedRequest => ({
    headers: { authorization: `Bearer ${credential}` },
    ip: '10.0.0.1',
    method,
  });
  return { authenticator, request, apiKey: apiKey.key, writer: writer.token, reader: reader.token, portalLookups };
}

async function refusal(run: Promise<void>): Promise<ErrorCode> {
  try {
    await run;
  } catch (err) {
    return (err as DomainException).code;
  }
  throw new Error('expected a refusal');
}

describe('RequestAuthenticator: portal tokens beside API keys', () => {
  it('signs a portal token in to its own workspace, looked up by hash only', async () => {
    const { authenticator, request, writer, portalLookups } = setup();
    const req = request(writer, 'POST');
    await authenticator.authenticateApiKey(req);
    expect(req).toMatchObject({ workspaceId: WORKSPACE, portalSessionId: 'writer' });
    expect(req.apiKeyId).toBeUndefined();
    expect(portalLookups).toEqual([hashApiKey(writer)]);
  });

  it('lets a read-only token read and answers 403 to every write, before the body is read', async () => {
    const { authenticator, request, reader } = setup();
    for (const method of ['GET', 'HEAD', 'OPTIONS']) await expect(authenticator.authenticateApiKey(request(reader, method))).resolves.toBeUndefined();
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
      const req = request(reader, method);
      expect(await refusal(authenticator.authenticateApiKey(req))).toBe(ErrorCode.Forbidden);
      expect(req.workspaceId).toBeUndefined();
    }
  });

  it('answers 401 to an unknown, expired or revoked portal token, and never asks the API-key table for it', async () => {
    const { authenticator, request, apiKey } = setup();
    expect(await refusal(authenticator.authenticateApiKey(request(issuePortalToken().token)))).toBe(ErrorCode.Unauthorized);
    const req = request(apiKey);
    await authenticator.authenticateApiKey(req);
    expect(req).toMatchObject({ workspaceId: WORKSPACE, apiKeyId: 'key' });
    expect(req.portalSessionId).toBeUndefined();
  });
});
