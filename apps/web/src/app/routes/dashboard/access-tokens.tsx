import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useAccessTokens } from '@/features/access-tokens/api/get-access-tokens';
import { AccessTokensList } from '@/features/access-tokens/components/access-tokens-list';
import { CreateAccessTokenForm } from '@/features/access-tokens/components/create-access-token-form';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /dashboard/access-tokens — personal access tokens, for scripts and services that work with the couple's lists. */
export function Component() {
  const tokens = useAccessTokens();
  const t = useT('dashboard');
  useDocumentTitle(t('dashboard:nav.tokens'));
  return (
    <div className="stack">
      <header className="access-tokens-intro">
        <h1>{t('dashboard:nav.tokens')}</h1>
        <p>{t('dashboard:tokens.intro')}</p>
      </header>
      <div className="dashboard-columns">
        <section aria-labelledby="access-tokens-title">
          <h2 id="access-tokens-title">{t('dashboard:tokens.yours')}</h2>
          {tokens.isPending ? (
            <LoadingRegion label={t('dashboard:tokens.loading')}>
              <Skeleton height="6rem" />
              <Skeleton height="6rem" />
            </LoadingRegion>
          ) : tokens.isError ? (
            <ErrorState title={t('dashboard:tokens.load-failed')} error={tokens.error} onRetry={() => void tokens.refetch()} />
          ) : (
            <AccessTokensList tokens={tokens.data} />
          )}
        </section>
        <section className="panel">
          <CreateAccessTokenForm />
        </section>
      </div>
    </div>
  );
}
