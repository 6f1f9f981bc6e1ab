import { settingsPageHeaders } from './settings-page.service';

describe('settings page security headers', () => {
  it('keep every other rule and put PORTAL_FRAME_ANCESTORS in frame-ancestors', () => {
    const refused = settingsPageHeaders("'none'")['content-security-policy'];
    expect(refused).toContain("script-src 'self'");
    expect(refused).toContain("connect-src 'self'");
    expect(refused).toMatch(/frame-ancestors 'none'$/);
    const embedded = settingsPageHeaders("'self' https://app.example.com")['content-security-policy'];
    expect(embedded).toMatch(/frame-ancestors 'self' https:\/\/app\.example\.com$/);
    expect(settingsPageHeaders("'none'")['x-content-type-options']).toBe('nosniff');
  });
});
