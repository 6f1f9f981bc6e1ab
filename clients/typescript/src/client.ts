import type { components, paths } from './schema';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Paths of the document that have an operation for `M`. */
export type PathsWith<M extends HttpMethod> = {
  [P in keyof paths]: [NonNullable<paths[P][M & keyof paths[P]]>] extends [never] ? never : P;
}[keyof paths];

type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][M & keyof paths[P]]>;

type Defined<T> = [NonNullable<T>] extends [never] ? never : NonNullable<T>;
type Params<Op> = Op extends { parameters: infer Ps } ? Ps : never;
/** `path`, `query` and `header` parameters, each present only where the operation has some. */
type ParamOptions<Op> = ParamGroups<Params<Op>>;
// Mapped over the operation's own keys, so optional groups (query, header) stay optional.
type ParamGroups<Ps> = {
  [K in keyof Ps as K extends 'path' | 'query' | 'header' ? ([Defined<Ps[K]>] extends [never] ? never : K) : never]: Ps[K];
};
type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : undefined;
type RequestBody<Op> = Op extends { requestBody: infer R } ? JsonBody<NonNullable<R>> : never;

type SuccessStatus = 200 | 201 | 202 | 204;
type Responses<Op> = Op extends { responses: infer R } ? R : never;
/** The body of the operation's 2xx responses (undefined for 204). */
export type SuccessBody<Op> = { [S in keyof Responses<Op> & SuccessStatus]: JsonBody<Responses<Op>[S]> }[keyof Responses<Op> & SuccessStatus];

/** The one error shape of the API. */
export type ApiError = components['schemas']['ApiErrorDto'];

export type RequestOptions<Op> = ([keyof ParamOptions<Op>] extends [never]
  ? { params?: undefined }
  : Partial<ParamOptions<Op>> extends ParamOptions<Op>
    ? { params?: ParamOptions<Op> }
    : { params: ParamOptions<Op> }) &
  ([RequestBody<Op>] extends [never] ? { body?: undefined } : { body: RequestBody<Op> });

export type ApiResult<T> = { ok: true; status: number; data: T; headers: Headers } | { ok: false; status: number; error: ApiError; headers: Headers };

export interface ClientOptions {
  /** Where the ingest serves the API, e.g. "https://hooks.example.com". */
  baseUrl: string;
  /** The workspace API key (`wk_…`). */
  apiKey: string;
  /** A fetch of your own (tests, proxies); the global one by default. */
  fetch?: typeof fetch;
}

type Call<M extends HttpMethod> = <P extends PathsWith<M>>(
  path: P,
  ...options: OptionsArg<Operation<P, M>>
) => Promise<ApiResult<SuccessBody<Operation<P, M>>>>;
// Every option optional: the argument is too.
type OptionsArg<Op> = Partial<RequestOptions<Op>> extends RequestOptions<Op> ? [options?: RequestOptions<Op>] : [options: RequestOptions<Op>];

export interface Client {
  GET: Call<'get'>;
  POST: Call<'post'>;
  PUT: Call<'put'>;
  PATCH: Call<'patch'>;
  DELETE: Call<'delete'>;
}

/**
 * A client typed by the OpenAPI document: paths, parameters, bodies and responses are checked at compile
 * time. Every call resolves to `{ ok: true, data }` for a 2xx or `{ ok: false, error }` with the API's
 * error shape; only network failures reject.
 */
export function createClient(options: ClientOptions): Client {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const call =
    (method: HttpMethod) =>
    async (path: string, opts?: { params?: { path?: object; query?: object; header?: object }; body?: unknown }): Promise<ApiResult<unknown>> => {
      const url = new URL(base + fillPath(path, (opts?.params?.path ?? {}) as Record<string, unknown>));
      for (const [name, value] of Object.entries(opts?.params?.query ?? {})) {
        if (value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(v));
      }
      const headers: Record<string, string> = { authorization: `Bearer ${options.apiKey}`, accept: 'application/json' };
      for (const [name, value] of Object.entries(opts?.params?.header ?? {})) if (value !== undefined) headers[name] = String(value);
      if (opts?.body !== undefined) headers['content-type'] = 'application/json';
      const res = await doFetch(url, { method: method.toUpperCase(), headers, body: opts?.body === undefined ? undefined : JSON.stringify(opts.body) });
      const text = await res.text();
      const json: unknown = text === '' ? undefined : JSON.parse(text);
      return res.ok
        ? { ok: true, status: res.status, data: json, headers: res.headers }
        : { ok: false, status: res.status, error: json as ApiError, headers: res.headers };
    };
  return { GET: call('get'), POST: call('post'), PUT: call('put'), PATCH: call('patch'), DELETE: call('delete') } as unknown as Client;
}

function fillPath(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(String(params[name]));
  });
}
