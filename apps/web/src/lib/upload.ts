import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem, type paths } from '@whispergifts/api-client';
import { apiBaseUrl } from './api';

/** The paths that take a file (`PUT`, `multipart/form-data`), and what each answers with on a 200. */
type UploadPath = {
  [P in keyof paths]: paths[P] extends { put: { requestBody: { content: { 'multipart/form-data': unknown } } } } ? P : never;
}[keyof paths];
type UploadAnswer<P extends UploadPath> = paths[P] extends { put: { responses: { 200: { content: { 'application/json': infer T } } } } } ? T : never;
type UploadParams<P extends UploadPath> = paths[P] extends { put: { parameters: { path: infer Params } } } ? Params : never;

export interface UploadOptions {
  /** Called as bytes go out, with the fraction sent so far (0 to 1). */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

function responseHeaders(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * Sends a file (`multipart/form-data`, one `file` field) with `PUT` to an upload path of openapi.yaml, reporting how
 * much has gone out. `fetch` cannot tell upload progress, so this one request goes through XMLHttpRequest, and answers
 * exactly as the typed client does: the parsed JSON body on a 2xx, an `ApiProblem` on any other status, a `TypeError`
 * when the network fails, the signal's reason (an `AbortError`) when aborted.
 *
 * Same-origin like the client (`withCredentials` stays false: the session cookie goes to our own origin only), and
 * with no headers of its own: the API's cross-site defence reads `Sec-Fetch-Site` and `Origin`, which the browser
 * adds to an XMLHttpRequest as it does to a fetch, and the browser sets the multipart boundary.
 */
export function uploadFile<P extends UploadPath>(
  path: P,
  params: UploadParams<P>,
  file: Blob,
  { onProgress, signal }: UploadOptions = {},
): Promise<UploadAnswer<P>> {
  const url = apiBaseUrl + path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent((params as Record<string, string>)[name]));
  const body = new FormData();
  body.append('file', file);

  return new Promise((resolve, reject) => {
    const aborted = (): Error => (signal?.reason instanceof Error ? signal.reason : new DOMException('The upload was aborted.', 'AbortError'));
    if (signal?.aborted) return reject(aborted());
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    const settle = () => signal?.removeEventListener('abort', abort);
    xhr.open('PUT', url);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(1, event.loaded / event.total));
    };
    xhr.onload = () => {
      settle();
      const text = xhr.responseText;
      const headers = responseHeaders(xhr);
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          // As openapi-fetch does: no body (a 204, an empty answer) is undefined.
          resolve((xhr.status === 204 || !text ? undefined : JSON.parse(text)) as UploadAnswer<P>);
        } catch (error) {
          reject(error as SyntaxError);
        }
        return;
      }
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON (a proxy's HTML error page): ApiProblem makes a readable problem of it.
      }
      reject(new ApiProblem(new Response(null, { status: xhr.status, statusText: xhr.statusText, headers }), parsed));
    };
    xhr.onerror = () => {
      settle();
      reject(new TypeError('Failed to fetch'));
    };
    xhr.onabort = () => {
      settle();
      reject(aborted());
    };
    signal?.addEventListener('abort', abort);
    xhr.send(body);
  });
}

/**
 * The progress of one field's uploads: `progress` is the fraction sent (null until the first bytes are counted), and
 * `start()` gives the options for a new upload. Leaving the page (unmount) aborts an upload under way.
 */
export function useUploadProgress() {
  const [progress, setProgress] = useState<number | null>(null);
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);

  const start = useCallback((): UploadOptions => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setProgress(null);
    return {
      signal: controller.signal,
      onProgress: (fraction) => {
        if (current.current === controller) setProgress(fraction);
      },
    };
  }, []);

  return { progress, start };
}
