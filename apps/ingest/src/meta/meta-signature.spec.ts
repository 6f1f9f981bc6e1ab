import { isValidMetaSignature, MetaSignatureCheck, metaSignatureFor, parseMetaSignatureHeader } from './meta-signature';

describe('Meta X-Hub-Signature-256 check', () => {
  const secret = 'app-secret-123';
  const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');

  it('accepts the signature of the exact bytes', () => {
    expect(isValidMetaSignature(body, metaSignatureFor(body, secret), secret)).toBe(true);
  });

  it('matches an HMAC computed by hand', () => {
    // echo -n '{"a":1}' | openssl dgst -sha256 -hmac 'app-secret-123'
    expect(metaSignatureFor('{"a":1}', secret)).toBe('sha256=70d860098cd4fa9e8273b34dbc88eacc00f9ffb90484bb6155f3164c6bad487b');
  });

  it('rejects a missing, malformed, truncated or wrong signature', () => {
    const good = metaSignatureFor(body, secret);
    expect(isValidMetaSignature(body, undefined, secret)).toBe(false);
    expect(isValidMetaSignature(body, '', secret)).toBe(false);
    expect(isValidMetaSignature(body, good.replace('sha256=', 'sha1='), secret)).toBe(false);
    expect(isValidMetaSignature(body, good.slice(0, -2), secret)).toBe(false);
    expect(isValidMetaSignature(body, metaSignatureFor(body, 'other-secret'), secret)).toBe(false);
    expect(isValidMetaSignature(Buffer.concat([body, Buffer.from(' ')]), good, secret)).toBe(false);
  });

  describe('header form: exactly "sha256=" and 64 hex digits', () => {
    const good = metaSignatureFor(body, secret);

    it('reads the digest of a well-formed header, hex in either case', () => {
      expect(parseMetaSignatureHeader(good)?.toString('hex')).toBe(good.slice(7));
      expect(parseMetaSignatureHeader('sha256=' + good.slice(7).toUpperCase())?.toString('hex')).toBe(good.slice(7));
    });

    it.each([
      ['trailing junk after the hex', `${good}zz`],
      ['a trailing hex digit', `${good}0`],
      ['a trailing space', `${good} `],
      ['a leading space', ` ${good}`],
      ['truncated by one digit', good.slice(0, -1)],
      ['truncated to half', good.slice(0, 39)],
      ['uppercase prefix', good.replace('sha256=', 'SHA256=')],
      ['mixed-case prefix', good.replace('sha256=', 'Sha256=')],
      ['another algorithm', good.replace('sha256=', 'sha1=')],
      ['no prefix', good.slice(7)],
      ['a non-hex digit', good.slice(0, -1) + 'g'],
      ['two signatures', `${good},${good}`],
      ['a repeated header', [good, good]],
    ])('refuses %s', (_case, header) => {
      expect(parseMetaSignatureHeader(header)).toBeNull();
      expect(isValidMetaSignature(body, header, secret)).toBe(false);
    });
  });
});

describe('Meta signature fed in chunks', () => {
  const secret = 'app-secret-123';
  const body = Buffer.from('{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[]}]}');

  it('matches the signature of the whole body, however it was split', () => {
    for (const size of [1, 7, 64, body.length]) {
      const check = new MetaSignatureCheck(secret);
      for (let i = 0; i < body.length; i += size) check.update(body.subarray(i, i + size));
      expect(check.matches(metaSignatureFor(body, secret))).toBe(true);
    }
  });

  it('does not match when a chunk is missing or the header is malformed', () => {
    const check = new MetaSignatureCheck(secret);
    check.update(body.subarray(0, 10));
    expect(check.matches(metaSignatureFor(body, secret))).toBe(false);
    const whole = new MetaSignatureCheck(secret);
    whole.update(body);
    expect(whole.matches(metaSignatureFor(body, secret) + ' ')).toBe(false);
  });
});
