import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert } from '@/components/alert';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useItems } from '@/features/items/api/get-items';
import { usePlans } from '@/features/plans/api/get-plans';
import { PlanPanel } from '@/features/plans/components/plan-panel';
import { queryKeys } from '@/lib/query-keys';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCurrentRegistry } from './registry-layout';

/** How long the page keeps asking for the new plan after Stripe sent the couple back (its event usually takes seconds). */
const WAIT_FOR_PLAN_MS = 30_000;

export function Component() {
  const registry = useCurrentRegistry();
  const plans = usePlans();
  const items = useItems(registry.id);
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const returned = params.get('checkout');
  const t = useT('dashboard');
  useDocumentTitle(t('dashboard:registry.page-title', { page: t('dashboard:tabs.plan'), title: registry.title }));

  // Back from a payment: the plan changes when Stripe's event arrives, so look again every few seconds for a while.
  const planBefore = useRef(registry.plan);
  const upgraded = registry.plan !== planBefore.current;
  useEffect(() => {
    if (returned !== 'success' || upgraded) return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > WAIT_FOR_PLAN_MS) return clearInterval(timer);
      void queryClient.invalidateQueries({ queryKey: queryKeys.registry(registry.id), exact: true });
    }, 3000);
    return () => clearInterval(timer);
  }, [returned, upgraded, registry.id, queryClient]);

  return (
    <div className="stack">
      <h2>{t('dashboard:tabs.plan')}</h2>
      {returned === 'success' &&
        (upgraded ? <Alert tone="success">{t('dashboard:plan.upgraded')}</Alert> : <Alert tone="success">{t('dashboard:plan.paid')}</Alert>)}
      {returned === 'cancelled' && <Alert tone="info">{t('dashboard:plan.cancelled')}</Alert>}
      {plans.isPending || items.isPending ? (
        <LoadingRegion label={t('dashboard:plan.loading')}>
          <Skeleton height="6rem" />
        </LoadingRegion>
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : items.isError ? (
        <ErrorState error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <PlanPanel registry={registry} plans={plans.data.plans} paymentsEnabled={plans.data.paymentsEnabled} itemCount={items.data.length} />
      )}
    </div>
  );
}
