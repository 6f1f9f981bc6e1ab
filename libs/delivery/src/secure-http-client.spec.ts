import { SecureHttpClient } from './secure-http-client';

describe('secure HTTP client: refusals decided before any connection', () => {
  const strict = new SecureHttpClient({ timeoutMs: 500, allowPrivateTargets: false });
  afterAll(() => strict.close());

  it.each(['https://93.184.216.34:22/h', 'https://93.184.216.34:1023/h', 'http://93.184.216.34:25/h'])('refuses the privileged port of %s', async (url) => {
    const res = await strict.post({ url, headers: {}, body: '{}' });
    expect(res).toMatchObject({ ok: false, statusCode: null, errorClass: 'ssrf_blocked' });
    expect(res.errorMessage).toContain('port');
  });

  it.each(['https://127.0.0.1/h', 'https://[::ffff:7f00:1]/h', 'https://[64:ff9b::a00:1]/h', 'https://2130706433/h'])(
    'refuses the non-public literal %s',
    async (url) => {
      expect(await strict.post({ url, headers: {}, body: '{}' })).toMatchObject({ ok: false, statusCode: null, errorClass: 'ssrf_blocked' });
    },
  );

  it('refuses a URL the same way every time it is sent to (its checks are kept per URL), and an invalid one as invalid_url', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await strict.post({ url: 'https://127.0.0.1/h', headers: {}, body: '{}' })).toMatchObject({ errorClass: 'ssrf_blocked' });
      expect(await strict.post({ url: 'ftp://example.com/h', headers: {}, body: '{}' })).toMatchObject({ errorClass: 'invalid_url' });
      expect(await strict.post({ url: 'not a url', headers: {}, body: '{}' })).toMatchObject({ errorClass: 'invalid_url' });
    }
  });

  it('lets a privileged port through when private targets are allowed (it then fails to connect, not by policy)', async () => {
    const open = new SecureHttpClient({ timeoutMs: 300, allowPrivateTargets: true });
    const res = await open.post({ url: 'http://127.0.0.1:1/h', headers: {}, body: '{}' });
    await open.close();
    expect(res.errorClass).toBe('connection_error');
  });
});
