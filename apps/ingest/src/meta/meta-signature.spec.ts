import { isValidMetaSignature, metaSignatureFor } from './meta-signature';

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
});
