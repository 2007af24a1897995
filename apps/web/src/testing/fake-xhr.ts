/**
 * What a test can do with an upload that goes through XMLHttpRequest (`lib/upload.ts`), from the fake API's handler:
 * report bytes sent, and see whether the page gave up on it.
 */
export interface FakeUpload {
  /** Reports that this fraction (0 to 1) of the body has gone out: an upload progress event, as a browser sends. */
  sent(fraction: number): void;
  /** The page aborted the request (left the page, or gave up). */
  readonly aborted: boolean;
}

/** The uploads in flight, by the Request the fake XMLHttpRequest handed to fetch (read by `fakeApi`). */
export const fakeUploads = new WeakMap<Request, FakeUpload>();

type Listener = ((event: Event) => void) | null;

/** `xhr.upload`: progress events about the request body. */
class FakeXMLHttpRequestUpload extends EventTarget {
  onloadstart: Listener = null;
  onprogress: Listener = null;
  onload: Listener = null;
  onloadend: Listener = null;
  onabort: Listener = null;
  onerror: Listener = null;
}

function emit(target: EventTarget, event: Event) {
  const handler = (target as unknown as Record<string, Listener>)[`on${event.type}`];
  handler?.call(target, event);
  target.dispatchEvent(event);
}

const progress = (type: string, loaded: number, total: number) => new ProgressEvent(type, { lengthComputable: true, loaded, total });

/**
 * Enough of XMLHttpRequest for the app's uploads, with no second fake world: `send` hands the request to
 * `globalThis.fetch` (the fake API's, once installed), so the same handlers answer it and it is recorded like any
 * other request. Upload progress events go out when the handler reports them (`request.upload.sent(0.45)`) and in
 * full before the answer, as a browser sends them; `abort()` drops the answer and fires `abort`.
 */
export class FakeXMLHttpRequest extends EventTarget {
  static readonly UNSENT = 0;
  static readonly OPENED = 1;
  static readonly HEADERS_RECEIVED = 2;
  static readonly LOADING = 3;
  static readonly DONE = 4;

  readonly upload = new FakeXMLHttpRequestUpload();
  readyState = 0;
  status = 0;
  statusText = '';
  responseText = '';
  responseType: XMLHttpRequestResponseType = '';
  withCredentials = false;
  onload: Listener = null;
  onerror: Listener = null;
  onabort: Listener = null;
  onloadend: Listener = null;
  onreadystatechange: Listener = null;

  private method = 'GET';
  private url = '';
  private readonly requestHeaders = new Headers();
  private responseHeaders = new Headers();
  private aborted = false;

  get response() {
    return this.responseText;
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = new URL(url, window.location.href).href;
    this.readyState = 1;
  }

  setRequestHeader(name: string, value: string) {
    this.requestHeaders.append(name, value);
  }

  getAllResponseHeaders() {
    return [...this.responseHeaders].map(([name, value]) => `${name}: ${value}\r\n`).join('');
  }

  getResponseHeader(name: string) {
    return this.responseHeaders.get(name);
  }

  send(body: Document | XMLHttpRequestBodyInit | null = null) {
    const request = new Request(this.url, { method: this.method, headers: this.requestHeaders, body: body as BodyInit | null });
    const total = Math.max(1, body instanceof FormData ? [...body.values()].reduce((n, v) => n + (typeof v === 'string' ? v.length : v.size), 0) : 0);
    let loaded = 0;
    const sent = (fraction: number) => {
      if (this.aborted || this.readyState === 4) return;
      loaded = Math.round(total * fraction);
      emit(this.upload, progress('progress', loaded, total));
    };
    const aborted = () => this.aborted;
    fakeUploads.set(request, {
      sent,
      get aborted() {
        return aborted();
      },
    });
    emit(this.upload, progress('loadstart', 0, total));
    globalThis.fetch(request).then(
      async (response) => {
        const text = await response.text();
        if (this.aborted) return;
        if (loaded < total) emit(this.upload, progress('progress', total, total));
        emit(this.upload, progress('load', total, total));
        emit(this.upload, progress('loadend', total, total));
        this.status = response.status;
        this.statusText = response.statusText;
        this.responseHeaders = response.headers;
        this.responseText = text;
        this.readyState = 4;
        emit(this, new Event('readystatechange'));
        emit(this, progress('load', text.length, text.length));
        emit(this, progress('loadend', text.length, text.length));
      },
      (reason: unknown) => {
        if (this.aborted) return;
        // A handler that throws a TypeError stands for a network failure, as with fetch; anything else (no handler at
        // all) is a broken test: say so loudly.
        if (!(reason instanceof TypeError)) console.error('FakeXMLHttpRequest: the request failed', reason);
        this.readyState = 4;
        emit(this, new Event('readystatechange'));
        emit(this, progress('error', 0, 0));
        emit(this, progress('loadend', 0, 0));
      },
    );
  }

  abort() {
    if (this.aborted || this.readyState === 4) return;
    this.aborted = true;
    this.readyState = 4;
    this.status = 0;
    emit(this.upload, progress('abort', 0, 0));
    emit(this, new Event('readystatechange'));
    emit(this, progress('abort', 0, 0));
    emit(this, progress('loadend', 0, 0));
  }
}
