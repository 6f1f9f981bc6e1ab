import { isPlainMetaPost } from './meta-direct-route.service';

const SIGNATURE = `sha256=${'ab'.repeat(32)}`;
const ordinary = { 'content-type': 'application/json', 'content-length': '512', 'x-hub-signature-256': SIGNATURE };

describe('isPlainMetaPost', () => {
  it("takes Meta's ordinary POST, with or without a query string or charset", () => {
    expect(isPlainMetaPost('POST', '/meta/webhook', ordinary)).toBe(true);
    expect(isPlainMetaPost('POST', '/meta/webhook?x=1', ordinary)).toBe(true);
    expect(isPlainMetaPost('POST', '/meta/webhook', { ...ordinary, 'content-type': 'Application/JSON; charset=UTF-8' })).toBe(true);
    expect(isPlainMetaPost('POST', '/meta/webhook', { ...ordinary, 'content-length': String(64 * 1024) })).toBe(true);
  });

  it('leaves other methods and paths to the Nest routes', () => {
    expect(isPlainMetaPost('GET', '/meta/webhook', ordinary)).toBe(false);
    expect(isPlainMetaPost('PUT', '/meta/webhook', ordinary)).toBe(false);
    expect(isPlainMetaPost('POST', '/meta/webhook/', ordinary)).toBe(false);
    expect(isPlainMetaPost('POST', '/meta/webhooks', ordinary)).toBe(false);
    expect(isPlainMetaPost('POST', '/v1/meta/webhook', ordinary)).toBe(false);
  });

  it('leaves bodies needing the pooled, paced read (large, chunked, undeclared) and empty ones to the Nest route', () => {
    expect(isPlainMetaPost('POST', '/meta/webhook', { ...ordinary, 'content-length': String(64 * 1024 + 1) })).toBe(false);
    expect(isPlainMetaPost('POST', '/meta/webhook', { ...ordinary, 'content-length': '0' })).toBe(false);
    expect(isPlainMetaPost('POST', '/meta/webhook', { ...ordinary, 'content-length': undefined })).toBe(false);
    expect(isPlainMetaPost('POST', '/meta/webhook', { ...ordinary, 'content-length': '1e3' })).toBe(false);
    expect(isPlainMetaPost('POST', '/meta/webhook', { ...ordinary, 'transfer-encoding': 'chunked' })).toBe(false);
  });

  it('leaves other content types and malformed or missing signature headers to the Nest route (which refuses them before reading)', () => {
    expect(isPlainMetaPost('POST', '/meta/webhook', { ...ordinary, 'content-type': 'text/plain' })).toBe(false);
    expect(isPlainMetaPost('POST', '/meta/webhook', { ...ordinary, 'content-type': undefined })).toBe(false);
    expect(isPlainMetaPost('POST', '/meta/webhook', { ...ordinary, 'content-type': 'application/json; charset=latin1' })).toBe(false);
    expect(isPlainMetaPost('POST', '/meta/webhook', { ...ordinary, 'x-hub-signature-256': 'sha256=zz' })).toBe(false);
    expect(isPlainMetaPost('POST', '/meta/webhook', { ...ordinary, 'x-hub-signature-256': undefined })).toBe(false);
  });
});
