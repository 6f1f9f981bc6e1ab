import { http } from './support/api-client';
import { AppProcess } from './support/app-process';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';

type Json = Record<string, any>;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const SAMPLE_ID = '8c3f1a52-0a6b-4c1e-9d4c-2b2f8e0c1a11';

describe('unknown methods on known paths: 405 with Allow', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let doc: Json;

  beforeAll(async () => {
    env = await createTestEnvironment();
    ingest = await AppProcess.start('ingest', env.env);
    doc = (await http<Json>('GET', `${ingest.baseUrl}/docs-json`)).body;
  });

  afterAll(async () => {
    await ingest?.stop();
    await env?.cleanup();
  });

  it('every documented path answers each undocumented method with 405, the error shape and the methods it has', async () => {
    const paths = Object.entries(doc.paths as Record<string, Json>);
    expect(paths.length).toBeGreaterThan(10);
    let checked = 0;
    for (const [template, operations] of paths) {
      const documented = Object.keys(operations)
        .map((m) => m.toUpperCase())
        .filter((m) => METHODS.includes(m));
      const url = ingest.baseUrl + template.replace(/\{[^}]+\}/g, SAMPLE_ID);
      for (const method of METHODS.filter((m) => !documented.includes(m))) {
        const res = await http<Json>(method, url, method === 'GET' ? {} : { body: {} });
        const allow = (res.headers.get('allow') ?? '').split(/,\s*/);
        expect({ path: template, method, status: res.status }).toEqual({ path: template, method, status: 405 });
        expect(res.body).toEqual({ status: 405, code: 'method_not_allowed', message: expect.stringContaining(method), details: [] });
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        for (const m of documented) expect({ path: template, allow }).toEqual({ path: template, allow: expect.arrayContaining([m]) });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('the Meta callback, which the document leaves out, and known paths keep their 404s and methods', async () => {
    const meta = await http<Json>('DELETE', `${ingest.baseUrl}/meta/webhook`);
    expect(meta.status).toBe(405);
    expect(meta.headers.get('allow')).toMatch(/\bGET\b.*\bPOST\b/);
    expect(meta.body.code).toBe('method_not_allowed');

    const put = await http<Json>('PUT', `${ingest.baseUrl}/v1/webhooks`, { body: {} });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toMatch(/\bGET\b.*\bPOST\b/);

    // No route of any method: still a 404 in the one shape; a known method still reaches its handler.
    const unknown = await http<Json>('PUT', `${ingest.baseUrl}/v1/nothing-here`, { body: {} });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('not_found');
    expect((await http<Json>('GET', `${ingest.baseUrl}/v1/webhooks`)).status).toBe(401);
  });
});
