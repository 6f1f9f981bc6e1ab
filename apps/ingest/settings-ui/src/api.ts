import type { ApiErrorBody, FieldError } from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
  }
}

/** The public API with the session's key; a 401 anywhere sends the user back to the key prompt. */
export class Api {
  constructor(
    readonly key: string,
    private readonly onUnauthorized: (message: string) => void,
  ) {}

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body);
  }

  delete(path: string): Promise<void> {
    return this.request<void>('DELETE', path);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.key}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError(0, 'network_error', 'Could not reach the server. Check your connection and try again.');
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const err = (json ?? {}) as Partial<ApiErrorBody>;
      const message = err.message || `The server answered ${res.status}.`;
      if (res.status === 401) this.onUnauthorized(message);
      throw new ApiError(res.status, err.code ?? `http_${res.status}`, message, Array.isArray(err.details) ? err.details : []);
    }
    return json as T;
  }
}

/** Lists come as { data, next_cursor }; tolerate a bare array too. */
export function listOf<T>(body: unknown): { data: T[]; next: string | null } {
  if (Array.isArray(body)) return { data: body as T[], next: null };
  const page = (body ?? {}) as { data?: T[]; next_cursor?: string | null };
  return { data: page.data ?? [], next: page.next_cursor ?? null };
}

export function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
