import { DomainException } from '@app/common';
import { normalizeEvents, normalizeHeaders, validateTargetUrl, validEventPatterns } from './webhook-input.validator';

const TYPES = ['message.received', 'message.status_updated', 'template.status_updated', 'phone_number.name_updated'];

function fieldError(fn: () => unknown): { field: string; reason: string } {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DomainException);
    return (err as DomainException).details[0];
  }
  throw new Error('expected a DomainException');
}

async function asyncFieldError(p: Promise<unknown>): Promise<{ field: string; reason: string }> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainException);
  return (err as DomainException).details[0];
}

describe('event subscriptions', () => {
  it('offers each type, one wildcard per category word, and *', () => {
    expect(validEventPatterns(TYPES)).toEqual([...TYPES, 'message.*', 'template.*', 'phone_number.*', '*']);
  });

  it('accepts types and wildcards, dropping duplicates', () => {
    expect(normalizeEvents(['template.*', 'message.received', 'template.*', '*'], TYPES)).toEqual(['template.*', 'message.received', '*']);
  });

  it('rejects unknown names with the list of valid ones', () => {
    const e = fieldError(() => normalizeEvents(['message.received', 'message.sent', 'tmpl.*'], TYPES));
    expect(e.field).toBe('events');
    expect(e.reason).toContain('"message.sent", "tmpl.*"');
    expect(e.reason).toContain('valid: message.received, message.status_updated, template.status_updated');
    expect(e.reason).toContain('template.*');
  });

  it('knows the real catalog', () => {
    expect(normalizeEvents(['template.status_updated', 'account.*'])).toEqual(['template.status_updated', 'account.*']);
  });
});

describe('custom headers', () => {
  it('keeps valid headers', () => {
    expect(normalizeHeaders({ 'X-Api-Key': 'abc', Authorization: 'Bearer t' })).toEqual({ 'X-Api-Key': 'abc', Authorization: 'Bearer t' });
  });

  it.each(['webhook-signature', 'Webhook-Id', 'webhook-timestamp', 'Content-Type', 'content-length', 'Host', 'User-Agent'])(
    'refuses the reserved header %s',
    (name) => {
      const e = fieldError(() => normalizeHeaders({ [name]: 'x' }));
      expect(e.field).toBe(`headers.${name}`);
      expect(e.reason).toContain('cannot be overridden');
    },
  );

  it('refuses more than 20 headers, bad names, non-string and multi-line values', () => {
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`x-h${i}`, 'v']));
    expect(fieldError(() => normalizeHeaders(many))).toEqual({ field: 'headers', reason: 'at most 20 custom headers are allowed' });
    expect(fieldError(() => normalizeHeaders({ 'bad header': 'v' })).reason).toContain('valid HTTP token');
    expect(fieldError(() => normalizeHeaders({ 'x-n': 3 })).reason).toBe('header value must be a string');
    expect(fieldError(() => normalizeHeaders({ 'x-n': 'a\r\nInjected: 1' })).reason).toContain('visible ASCII characters, spaces and tabs only');
    expect(fieldError(() => normalizeHeaders(['x'])).field).toBe('headers');
  });
});

describe('custom header rules (RFC 9110)', () => {
  it.each([
    'Connection',
    'content-length',
    'Transfer-Encoding',
    'Host',
    'Expect',
    'Keep-Alive',
    'Upgrade',
    'TE',
    'Trailer',
    'Proxy-Authorization',
    'proxy-connection',
    'webhook-id',
    'Webhook-Anything',
    'Content-Encoding',
  ])('refuses the hop-by-hop, framing or reserved header %s', (name) => {
    const e = fieldError(() => normalizeHeaders({ [name]: 'x' }));
    expect(e.field).toBe(`headers.${name}`);
    expect(e.reason).toContain('is reserved');
  });

  it.each(['X Space', 'X:Colon', 'X(paren)', 'X"quote', 'X\r\nInjected', 'é-accent', '', 'a'.repeat(101)])('refuses the name %j', (name) => {
    expect(fieldError(() => normalizeHeaders({ [name]: 'v' })).reason).toContain('valid HTTP token');
  });

  it("accepts every tchar in a name: !#$%&'*+.^_`|~- letters and digits", () => {
    expect(normalizeHeaders({ "X!#$%&'*+.^_`|~-aZ09": 'v' })).toEqual({ "X!#$%&'*+.^_`|~-aZ09": 'v' });
  });

  it.each(['a\rb', 'a\nb', 'a\u0000b', 'caf\u00e9', 'a\u007fb', 'a\u000bb'])('refuses the value %j', (value) => {
    expect(fieldError(() => normalizeHeaders({ 'x-v': value })).reason).toContain('visible ASCII');
  });

  it('accepts visible ASCII, spaces and tabs in a value', () => {
    expect(normalizeHeaders({ 'x-v': 'Bearer a.b~c\t !"#/{}' })).toEqual({ 'x-v': 'Bearer a.b~c\t !"#/{}' });
  });
});

describe('target URL normalisation and port rule', () => {
  it('returns the WHATWG serialisation: what is stored is what is called', async () => {
    await expect(validateTargetUrl('HTTPS://93.184.216.34:443/a/../hooks?x=1', false)).resolves.toBe('https://93.184.216.34/hooks?x=1');
    await expect(validateTargetUrl('https://93.184.216.34:8443/h', false)).resolves.toBe('https://93.184.216.34:8443/h');
  });

  it.each(['https://@93.184.216.34/h', 'https://u@93.184.216.34/h', 'https://:p@93.184.216.34/h', 'https://evil.example@93.184.216.34/h'])(
    'refuses userinfo in %s',
    async (url) => {
      expect((await asyncFieldError(validateTargetUrl(url, false))).reason).toBe('url must not contain credentials');
    },
  );

  it.each([
    'https://93.184.216.34\\@evil.example/h',
    'https://93.184.216.34/h\\x',
    'https://93.184.216.34/h x',
    'https://93.184.\t216.34/h',
    'https://93.184.216.34/\nh',
  ])('refuses backslashes, spaces and control characters in %j', async (url) => {
    expect((await asyncFieldError(validateTargetUrl(url, false))).reason).toBe('url must not contain backslashes, spaces or control characters');
  });

  it.each([[22], [25], [1023], [111]])('refuses port %i unless private targets are allowed', async (port) => {
    expect((await asyncFieldError(validateTargetUrl(`https://93.184.216.34:${port}/h`, false))).reason).toContain(`url port ${port} is not allowed`);
    await expect(validateTargetUrl(`https://93.184.216.34:${port}/h`, true)).resolves.toBe(`https://93.184.216.34:${port}/h`);
  });

  it.each([[80], [443], [1024], [65535]])('accepts port %i', async (port) => {
    await expect(validateTargetUrl(`https://93.184.216.34:${port}/h`, false)).resolves.toMatch(/^https:\/\/93\.184\.216\.34/);
  });
});

describe('target URL', () => {
  it('accepts a public https URL given as an address', async () => {
    await expect(validateTargetUrl('https://93.184.216.34/hooks', false)).resolves.toBe('https://93.184.216.34/hooks');
  });

  it('requires https unless private targets are allowed', async () => {
    expect(await asyncFieldError(validateTargetUrl('http://93.184.216.34/hooks', false))).toEqual({ field: 'url', reason: 'url must use https' });
    await expect(validateTargetUrl('http://127.0.0.1:8080/hooks', true)).resolves.toBeDefined();
    expect((await asyncFieldError(validateTargetUrl('ftp://example.com/x', true))).reason).toBe('url must use https or http');
  });

  it('refuses relative, overlong and credentialed URLs', async () => {
    expect((await asyncFieldError(validateTargetUrl('/hooks', false))).reason).toContain('absolute URL');
    expect((await asyncFieldError(validateTargetUrl('https://a.example/' + 'x'.repeat(2048), false))).reason).toBe('url must be at most 2048 characters');
    expect((await asyncFieldError(validateTargetUrl('https://u:p@93.184.216.34/', false))).reason).toBe('url must not contain credentials');
  });

  it.each([
    'https://127.0.0.1/h',
    'https://10.1.2.3/h',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/h',
    'https://192.168.0.10/h',
    'https://2130706433/h',
    'https://0x7f000001/h',
    'https://0177.0.0.1/h',
    'https://0x7f.1/h',
    'https://127.1/h',
    'https://10.1/h',
    'https://[::ffff:127.0.0.1]/h',
    'https://[::ffff:7f00:1]/h',
    'https://[0:0:0:0:0:ffff:a9fe:a9fe]/h',
    'https://[::127.0.0.1]/h',
    'https://[::ffff:0:127.0.0.1]/h',
    'https://[64:ff9b::7f00:1]/h',
    'https://[64:ff9b::8.8.8.8]/h',
    'https://[2002:7f00:1::]/h',
    'https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/h',
    'https://localhost/h',
  ])('refuses the non-public target %s', async (url) => {
    const e = await asyncFieldError(validateTargetUrl(url, false));
    expect(e.field).toBe('url');
    expect(e.reason).toMatch(/^url is not allowed: .* private, loopback, link-local or reserved address$/);
  });
});
