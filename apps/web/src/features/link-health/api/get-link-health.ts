import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type LinkHealth } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** The weekly check of the gifts' shop links (the couple's eyes only). */
export const getLinkHealth = (registryId: string) => unwrap(api.GET('/api/registries/{registryId}/link-health', { params: { path: { registryId } } }));

export const linkHealthQueryOptions = (registryId: string) =>
  queryOptions({ queryKey: queryKeys.linkHealth(registryId), queryFn: () => getLinkHealth(registryId), staleTime: 60 * 60 * 1000 });

export const useLinkHealth = (registryId: string) => useQuery(linkHealthQueryOptions(registryId));

const SAYS: Partial<Record<LinkHealth['status'], string>> = { dead: 'Shop link broken', 'out-of-stock': 'Out of stock at the shop' };

/** A badge's words per item that needs a look: "Shop link broken (checked 1 Dec)". */
export function linkHealthBadges(checks: LinkHealth[] | undefined, locale?: string): Record<string, string> {
  const badges: Record<string, string> = {};
  for (const check of checks ?? []) {
    const says = SAYS[check.status];
    if (!says) continue;
    const day = new Date(check.checkedAt).toLocaleDateString(locale, { day: 'numeric', month: 'short' });
    badges[check.itemId] = `${says} (checked ${day})`;
  }
  return badges;
}
