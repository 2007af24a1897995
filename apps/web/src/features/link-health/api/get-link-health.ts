import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type LinkHealth } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import type { Translate } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';

/** The weekly check of the gifts' shop links (the couple's eyes only). */
export const getLinkHealth = (registryId: string) => unwrap(api.GET('/api/registries/{registryId}/link-health', { params: { path: { registryId } } }));

export const linkHealthQueryOptions = (registryId: string) =>
  queryOptions({ queryKey: queryKeys.linkHealth(registryId), queryFn: () => getLinkHealth(registryId), staleTime: 60 * 60 * 1000 });

export const useLinkHealth = (registryId: string) => useQuery(linkHealthQueryOptions(registryId));

/** A badge's words per item that needs a look: "Shop link broken (checked 1 Dec)", in the dashboard's language. */
export function linkHealthBadges(t: Translate, checks: LinkHealth[] | undefined, locale?: string): Record<string, string> {
  const badges: Record<string, string> = {};
  for (const check of checks ?? []) {
    if (check.status !== 'dead' && check.status !== 'out-of-stock') continue;
    const day = new Date(check.checkedAt).toLocaleDateString(locale, { day: 'numeric', month: 'short' });
    badges[check.itemId] = t('gifts:link-health.badge', { status: check.status === 'dead' ? 'dead' : 'sold', day });
  }
  return badges;
}
