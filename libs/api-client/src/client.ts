import createClient, { type Client } from 'openapi-fetch';
import { ApiProblem } from './problem';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Origin of the API; empty means the page's own origin (nginx and Vite's dev server both proxy `/api`). */
  baseUrl?: string;
  /** For tests: a fetch to stand in for the network. */
  fetch?: typeof globalThis.fetch;
}

/**
 * A typed client for every path in openapi.yaml.
 *
 * - `credentials: 'same-origin'` sends the session cookie to our own origin only.
 * - No `cache` option is set on purpose: the browser's HTTP cache keeps the gift list with its ETag and
 *   revalidates it (a cheap 304) instead of downloading it again. `no-store` would throw that away.
 */
export function createApiClient({ baseUrl = '', fetch }: ApiClientOptions = {}): ApiClient {
  return createClient<paths>({
    baseUrl,
    credentials: 'same-origin',
    // Looked up per request, so a test can stub globalThis.fetch after the client was made.
    fetch: (request) => (fetch ?? globalThis.fetch)(request),
  });
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * Returns the body of a successful response, or throws an `ApiProblem` for an error response.
 * `await unwrap(api.GET('/api/me'))` reads like a plain call while keeping openapi-fetch's types.
 */
export async function unwrap<T>(request: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok) throw new ApiProblem(response, error);
  return data as T;
}
