import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportError, startErrorReporting } from './error-reporting';

/** The real Sentry SDK, with the network stubbed: reports go to our own tunnel, as envelopes, without personal data. */
describe('error reporting', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends a reported error to /api/errors as an envelope for the configured project', async () => {
    const sent: { url: string; headers: Headers; body: string }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init: RequestInit) => {
        sent.push({ url, headers: new Headers(init.headers), body: typeof init.body === 'string' ? init.body : '' });
        return Promise.resolve(new Response('{}', { status: 200 }));
      }),
    );
    document.cookie = 'wg_session=secret-session';
    await startErrorReporting('https://abc123@o9.ingest.example.io/42');
    reportError(new Error('the reserve button broke'));
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0), { timeout: 5000 });

    const report = sent.find((s) => s.body.includes('the reserve button broke'))!;
    expect(report.url).toBe(`${window.location.origin}/api/errors`);
    expect(report.headers.get('content-type')).toBe('application/x-sentry-envelope');
    const [header] = report.body.split('\n');
    expect(JSON.parse(header).dsn).toBe('https://abc123@o9.ingest.example.io/42');
    expect(report.body).not.toContain('secret-session');
  });

  it('downloads nothing without a DSN', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await startErrorReporting('');
    expect(fetch).not.toHaveBeenCalled();
  });
});
