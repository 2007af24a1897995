import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

const ORIGIN = 'https://whispergifts.example';

describe('safeNext', () => {
  it.each([
    ['/dashboard', '/dashboard'],
    ['/dashboard/registries/42?tab=items#top', '/dashboard/registries/42?tab=items#top'],
    ['/accept-invitation/wgi_abc', '/accept-invitation/wgi_abc'],
    ['/dashboard/../dashboard/access-tokens', '/dashboard/access-tokens'],
  ])('keeps the same-origin path %s', (next, expected) => {
    expect(safeNext(next, ORIGIN)).toBe(expected);
  });

  it.each([
    ['protocol-relative', '//evil.example'],
    ['protocol-relative with a path', '//evil.example/phish'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['two backslashes', '/\\\\evil.example'],
    ['a tab the browser drops', '/\t/evil.example'],
    ['a newline the browser drops', '/\n/evil.example'],
    ['a percent-encoded tab', '/%09/evil.example'],
    ['a percent-encoded slash', '/%2F/evil.example'],
    ['a percent-encoded backslash', '/%5Cevil.example'],
    ['malformed percent-encoding', '/%E0%A4%A'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in another case', 'JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['an absolute URL', 'https://evil.example/'],
    ['an absolute URL of our own host over http', 'http://whispergifts.example/dashboard'],
    ['a relative path', 'dashboard'],
    ['nothing', ''],
    ['no parameter', null],
  ])('refuses %s and goes to the dashboard', (_what, next) => {
    expect(safeNext(next, ORIGIN)).toBe('/dashboard');
  });

  it('compares with the page’s own origin by default', () => {
    expect(safeNext('/dashboard/access-tokens')).toBe('/dashboard/access-tokens');
    expect(safeNext(`//${window.location.host}.evil.example/`)).toBe('/dashboard');
  });
});
