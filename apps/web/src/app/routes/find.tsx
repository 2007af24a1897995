import { useSearchParams } from 'react-router';
import { isApiProblem } from '@whispergifts/api-client';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { isSearchable, useRegistrySearch, type RegistrySearchTerms } from '@/features/registry-search/api/search-registries';
import { SearchForm } from '@/features/registry-search/components/search-form';
import { SearchResults } from '@/features/registry-search/components/search-results';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * /find?q=&date= — find a couple's gift list by their names (public lists only). The terms live in the address, so a
 * search can be shared, reloaded and gone back to.
 */
export function Component() {
  const t = useT('guest-pages');
  const [params, setParams] = useSearchParams();
  const terms: RegistrySearchTerms = { q: params.get('q') ?? '', date: params.get('date') ?? '' };
  const search = useRegistrySearch(terms);
  useDocumentTitle(terms.q ? t('guest-pages:search.title-for', { q: terms.q }) : t('guest-pages:search.title'));
  const results = search.data?.pages.flatMap((page) => page.results) ?? [];

  return (
    <div className="page find-page">
      <h1>{t('guest-pages:search.title')}</h1>
      <p className="lead">{t('guest-pages:search.lead')}</p>
      <SearchForm key={`${terms.q}|${terms.date}`} initial={terms} onSearch={(next) => setParams(next.date ? { q: next.q, date: next.date } : { q: next.q })} />
      <section aria-live="polite" aria-busy={search.isFetching} aria-label={t('guest-pages:search.results')}>
        {!isSearchable(terms) ? null : search.isPending ? (
          <LoadingRegion label={t('guest-pages:search.searching')}>
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} height="4.5rem" />
            ))}
          </LoadingRegion>
        ) : search.isError ? (
          <ErrorState
            title={isApiProblem(search.error, 'too-many-requests') ? t('guest-pages:search.too-many') : t('guest-pages:search.failed')}
            error={search.error}
            onRetry={() => void search.refetch()}
          />
        ) : results.length === 0 ? (
          <EmptyState title={t('guest-pages:search.none', { q: terms.q })}>
            <p>{t('guest-pages:search.none-hint')}</p>
          </EmptyState>
        ) : (
          <>
            <p className="muted">
              {search.hasNextPage
                ? t('guest-pages:search.first-matches', { count: results.length })
                : t('guest-pages:search.matches', { count: results.length })}
            </p>
            <SearchResults results={results} />
            {search.hasNextPage && (
              <button type="button" className="button" disabled={search.isFetchingNextPage} onClick={() => void search.fetchNextPage()}>
                {search.isFetchingNextPage ? t('guest-pages:search.loading') : t('guest-pages:search.more')}
              </button>
            )}
          </>
        )}
      </section>
    </div>
  );
}
