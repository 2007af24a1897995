import { paths } from '@/config/paths';

/**
 * Where to go after logging in: only a path on this site, else the dashboard. The value is resolved the way the
 * browser will resolve it (which drops tabs and newlines and reads `\` as `/`, so `/\evil.example` and
 * `/<tab>/evil.example` mean `//evil.example`), and its origin compared with ours; so is its percent-decoded form,
 * in case anything decodes it once more. What is returned is the resolved path, never the raw input.
 */
export function safeNext(next: string | null, origin = window.location.origin): string {
  if (!next || !next.startsWith('/')) return paths.dashboard();
  const resolved = sameOriginPath(next, origin);
  let decoded: string;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return paths.dashboard();
  }
  return resolved !== null && sameOriginPath(decoded, origin) !== null ? resolved : paths.dashboard();
}

function sameOriginPath(value: string, origin: string): string | null {
  try {
    const url = new URL(value, origin);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}
