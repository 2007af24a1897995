import { paths } from '@/config/paths';

/** Where to go after logging in: only a path on this site (never `//evil.example`), else the dashboard. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : paths.dashboard();
}
