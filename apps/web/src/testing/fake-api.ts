import type { paths } from '@whispergifts/api-client';
import { vi } from 'vitest';
import { fakeUploads, type FakeUpload } from './fake-xhr';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Path = Extract<keyof paths, string>;

export interface FakeRequest {
  method: Method;
  url: URL;
  params: Record<string, string>;
  headers: Headers;
  body: unknown;
  /** An upload sent with XMLHttpRequest (testing/fake-xhr.ts): report its progress, see whether it was aborted. */
  upload?: FakeUpload;
}

type Handler = (request: FakeRequest) => Response | Promise<Response>;

/** A JSON answer as the API sends it. */
export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, ...init, headers: { 'content-type': 'application/json', ...init.headers } });

/** An RFC 9457 answer as the API's problem filter sends it. */
export function problem(status: number, kind: string, detail: string, extensions: Record<string, unknown> = {}) {
  return new Response(JSON.stringify({ type: `https://whispergifts.com/problems/${kind}`, title: kind, status, detail, ...extensions }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

export const noContent = () => new Response(null, { status: 204 });

/**
 * Stands in for the network: routes are the OpenAPI paths (`/api/registries/{registryId}`), so a typo in a test
 * is a type error. Everything above fetch (openapi-fetch, the query cache, the components) runs for real.
 * Unhandled requests fail loudly, and every request is recorded for assertions.
 */
export function fakeApi() {
  const handlers: { method: Method; pattern: RegExp; names: string[]; handler: Handler }[] = [];
  const requests: FakeRequest[] = [];

  function on(method: Method, path: Path, handler: Handler) {
    const names: string[] = [];
    const pattern = new RegExp(
      '^' +
        path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
          names.push(name);
          return '([^/]+)';
        }) +
        '$',
    );
    // Later handlers win, so a test can override a default answer.
    handlers.unshift({ method, pattern, names, handler });
    return api;
  }

  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const method = request.method as Method;
    const isJson = request.headers.get('content-type')?.startsWith('application/json') ?? false;
    // JSON bodies are parsed for assertions; others (multipart uploads) are kept as text.
    const body = request.method === 'GET' || request.method === 'HEAD' || !request.body ? undefined : isJson ? await request.json() : await request.text();
    for (const { method: m, pattern, names, handler } of handlers) {
      const match = m === method ? pattern.exec(url.pathname) : null;
      if (!match) continue;
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
      const recorded: FakeRequest = { method, url, params, headers: request.headers, body, upload: fakeUploads.get(request) };
      requests.push(recorded);
      return handler(recorded);
    }
    throw new Error(`fakeApi: no handler for ${method} ${url.pathname}`);
  });

  const api = {
    on,
    fetch,
    requests,
    /** Requests made to one method and path, e.g. `api.sent('POST', '/api/auth/login')`. */
    sent: (method: Method, pathname: string) => requests.filter((r) => r.method === method && r.url.pathname === pathname),
    install: () => vi.stubGlobal('fetch', fetch),
  };
  return api;
}

export type FakeApi = ReturnType<typeof fakeApi>;
