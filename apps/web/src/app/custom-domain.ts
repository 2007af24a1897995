import { paths } from '@/config/paths';

/** Hosts that are WhisperGifts itself; any other host is a couple's own domain pointed at us. */
const appHosts = new Set(
  (import.meta.env.VITE_APP_HOSTS ?? 'localhost,127.0.0.1,whispergifts.com,www.whispergifts.com')
    .split(',')
    .map((host: string) => host.trim())
    .filter(Boolean),
);

/**
 * On a couple's own domain (gifts.ana-and-ben.com), `/` shows their gift list, not our landing page: asks the API
 * which list the host belongs to. Plain fetch, so the landing page on our own hosts loads no API client at all.
 * Returns the gift list's path, or null for our own hosts and unknown domains.
 */
export async function customDomainPath(hostname: string): Promise<string | null> {
  if (appHosts.has(hostname)) return null;
  try {
    const url = new URL(`/api/public/domains/${encodeURIComponent(hostname)}`, window.location.origin);
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return null;
    const { slug } = (await response.json()) as { slug: string };
    return paths.giftList(slug);
  } catch {
    return null;
  }
}
