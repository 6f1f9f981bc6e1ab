import { DomainException } from '@app/common';
import { AppConfig } from '@app/config';
import { PortalSessionEntity, PortalSessionRepository, WorkspaceEntity, WorkspaceRepository } from '@app/persistence';
import { hashApiKey } from '../auth/api-key';
import { PortalSessionService } from './portal-session.service';

const WORKSPACE = '5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11';

function setup(env: Record<string, string> = {}) {
  const config = new AppConfig({
    META_APP_SECRET: 'm'.repeat(32),
    META_VERIFY_TOKEN: 'v'.repeat(32),
    ADMIN_TOKEN: 'a'.repeat(32),
    ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
    PUBLIC_BASE_URL: 'https://webhooks.example.com/',
    ...env,
  });
  const stored: PortalSessionEntity[] = [];
  const workspaces = { findById: async (id: string) => (id === WORKSPACE ? ({ id } as WorkspaceEntity) : null) } as unknown as WorkspaceRepository;
  const sessions = {
    insert: async (s: Partial<PortalSessionEntity>) => {
      const row = { ...s, id: `s${stored.length}`, createdAt: new Date(), revokedAt: null } as PortalSessionEntity;
      stored.push(row);
      return row;
    },
  } as unknown as PortalSessionRepository;
  return { service: new PortalSessionService(config, workspaces, sessions), stored };
}

describe('PortalSessionService', () => {
  it('returns the settings page URL with the token in the fragment and stores only its hash', async () => {
    const { service, stored } = setup();
    const before = Date.now();
    const created = await service.create(WORKSPACE, {});
    const match = /^https:\/\/webhooks\.example\.com\/settings\/webhooks#portal=(wp_[A-Za-z0-9_-]{40,})$/.exec(created.url);
    expect(match).not.toBeNull();
    expect(stored[0].tokenHash).toBe(hashApiKey(match![1]));
    expect(JSON.stringify(stored[0])).not.toContain(match![1]);
    expect(created.prefix).toBe(match![1].slice(0, 9));
    expect(created.read_only).toBe(false);
    // One hour by default.
    const lifetime = Date.parse(created.expires_at) - before;
    expect(lifetime).toBeGreaterThanOrEqual(3_600_000 - 1000);
    expect(lifetime).toBeLessThanOrEqual(3_600_000 + 1000);
  });

  it('honours a requested lifetime and read-only, within PORTAL_SESSION_MAX_TTL', async () => {
    const { service } = setup({ PORTAL_SESSION_MAX_TTL: '2h' });
    const short = await service.create(WORKSPACE, { expiresInSeconds: 300, readOnly: true });
    expect(short.read_only).toBe(true);
    expect(Date.parse(short.expires_at) - Date.parse(short.created_at)).toBeLessThanOrEqual(301_000);
    await expect(service.create(WORKSPACE, { expiresInSeconds: 7200 })).resolves.toBeDefined();
    await expect(service.create(WORKSPACE, { expiresInSeconds: 7201 })).rejects.toThrow(/expires_in_seconds: must not be greater than 7200/);
  });

  it('refuses an unknown workspace with 404', async () => {
    const { service, stored } = setup();
    await expect(service.create('9a4f3b0e-61f2-4a57-bb4e-0f6c6f1d2e3a', {})).rejects.toBeInstanceOf(DomainException);
    expect(stored).toHaveLength(0);
  });
});
