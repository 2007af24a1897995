import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ShopLinkSuggestion } from '@whispergifts/api-client';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useItems } from '@/features/items/api/get-items';
import { AddItem } from '@/features/items/components/add-item';
import { ItemsEditor } from '@/features/items/components/items-editor';
import { usePlans } from '@/features/plans/api/get-plans';
import { PlanLimitNotice } from '@/features/plans/components/plan-limit-notice';
import { ShopLinkField } from '@/features/shop-links/components/shop-link-field';
import { linkHealthBadges, useLinkHealth } from '@/features/link-health/api/get-link-health';
import { currentLocale, useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { SpreadsheetActions } from '@/features/item-imports/components/spreadsheet-actions';
import { StarterIdeasPanel } from '@/features/starter-ideas/components/starter-ideas-panel';
import { useCurrentRegistry } from './registry-layout';

export function Component() {
  const registry = useCurrentRegistry();
  const items = useItems(registry.id);
  const plans = usePlans();
  const linkHealth = useLinkHealth(registry.id);
  // `?add=<link>`: opened by the bookmarklet or the share sheet with a page to add.
  const [params, setParams] = useSearchParams();
  const [suggestion, setSuggestion] = useState<ShopLinkSuggestion | null>(null);
  // A new key empties the link field once the gift is added.
  const [linkKey, setLinkKey] = useState(0);
  function suggested(next: ShopLinkSuggestion) {
    setSuggestion(next);
    // Read once: a reload or the next gift does not read the shared link again.
    if (params.has('add')) setParams({}, { replace: true });
  }
  const t = useT('dashboard');
  const tg = useT('gifts');
  useDocumentTitle(t('dashboard:registry.page-title', { page: t('dashboard:tabs.gifts'), title: registry.title }));
  const categories = [...new Set((items.data ?? []).map((item) => item.category).filter((c): c is string => Boolean(c)))].sort();
  return (
    <div className="stack">
      <h2>{t('dashboard:tabs.gifts')}</h2>
      {items.data && plans.data && <PlanLimitNotice registryId={registry.id} plans={plans.data.plans} plan={registry.plan} itemCount={items.data.length} />}
      {items.isPending ? (
        <LoadingRegion label={t('dashboard:items.loading')}>
          <Skeleton height="3rem" />
          <Skeleton height="3rem" />
        </LoadingRegion>
      ) : items.isError ? (
        <ErrorState error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <ItemsEditor
          registryId={registry.id}
          currency={registry.currency}
          items={items.data}
          categories={categories}
          badges={linkHealthBadges(tg, linkHealth.data, currentLocale())}
        />
      )}
      {/* Offered open on an empty list: a quick way to a first few gifts. */}
      {items.data && (
        <StarterIdeasPanel
          key={items.data.length === 0 ? 'empty' : 'listed'}
          registryId={registry.id}
          currency={registry.currency}
          open={items.data.length === 0}
        />
      )}
      <AddItem
        registryId={registry.id}
        currency={registry.currency}
        categories={categories}
        suggestion={suggestion}
        onAdded={() => {
          setSuggestion(null);
          setLinkKey((k) => k + 1);
        }}
        linkField={<ShopLinkField key={linkKey} registryId={registry.id} initialLink={params.get('add') ?? undefined} onSuggestion={suggested} />}
      />
      {items.data && <SpreadsheetActions registryId={registry.id} slug={registry.slug} currency={registry.currency} hasItems={items.data.length > 0} />}
    </div>
  );
}
