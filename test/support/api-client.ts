import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHmac } from 'node:crypto';
import { ADMIN_TOKEN, META_APP_SECRET } from './test-environment';

export interface HttpResult<T = Record<string, unknown>> {
  status: number;
  body: T;
  text: string;
}

export async function http<T = Record<string, unknown>>(
  method: string,
  url: string,
  opts: { headers?: Record<string, string>; body?: unknown; raw?: string | Buffer } = {},
): Promise<HttpResult<T> & { headers: Headers }> {
  const body = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  const res = await fetch(url, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    body,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed as T, text, headers: res.headers };
}

export function loadMetaFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/meta', name), 'utf8'));
}

/** Replaces the WABA id of every entry, so a fixture belongs to the test's own workspace. */
export function withWabaId<T extends Record<string, unknown>>(body: T, wabaId: string): T {
  const copy = JSON.parse(JSON.stringify(body));
  for (const entry of copy.entry ?? []) entry.id = wabaId;
  return copy;
}

export function metaSignature(raw: string | Buffer, secret = META_APP_SECRET): string {
  return 'sha256=' + createHmac('sha256', secret).update(raw).digest('hex');
}

/** Small client over a running ingest: provisioning, webhooks and signed Meta POSTs. */
export class IngestClient {
  constructor(readonly baseUrl: string) {}

  async createWorkspace(name = 'Test workspace'): Promise<{ id: string; api_key: string }> {
    const res = await http<{ id: string; api_key: string }>('POST', `${this.baseUrl}/admin/v1/workspaces`, {
      headers: { 'x-admin-token': ADMIN_TOKEN },
      body: { name },
    });
    if (res.status !== 201) throw new Error(`create workspace: ${res.status} ${res.text}`);
    return res.body;
  }

  async linkWaba(workspaceId: string, wabaId: string): Promise<void> {
    const res = await http('POST', `${this.baseUrl}/admin/v1/workspaces/${workspaceId}/whatsapp-accounts`, {
      headers: { 'x-admin-token': ADMIN_TOKEN },
      body: { waba_id: wabaId },
    });
    if (res.status !== 201) throw new Error(`link waba: ${res.status} ${res.text}`);
  }

  api<T = Record<string, unknown>>(apiKey: string, method: string, pathname: string, body?: unknown): Promise<HttpResult<T>> {
    return http<T>(method, `${this.baseUrl}${pathname}`, { headers: { authorization: `Bearer ${apiKey}` }, body });
  }

  async createWebhook(apiKey: string, body: Record<string, unknown>): Promise<{ id: string; secret: string }> {
    const res = await this.api<{ id: string; secret: string }>(apiKey, 'POST', '/v1/webhooks', body);
    if (res.status !== 201) throw new Error(`create webhook: ${res.status} ${res.text}`);
    return res.body;
  }

  postMeta(body: unknown, opts: { signature?: string; raw?: string } = {}): Promise<HttpResult> {
    const raw = opts.raw ?? JSON.stringify(body);
    return http('POST', `${this.baseUrl}/meta/webhook`, {
      raw,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': opts.signature ?? metaSignature(raw) },
    });
  }
}
