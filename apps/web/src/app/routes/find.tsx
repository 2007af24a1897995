import { useSearchParams } from 'react-router';
import { isApiProblem } from '@whispergifts/api-client';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { isSearchable, useRegistrySearch, type RegistrySearchTerms } from '@/features/registry-search/api/search-registries';
import { SearchForm } from '@/features/registry-search/components/search-form';
import { SearchResults } from '@/features/registry-search/components/search-results';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * /find?q=&date= — find a couple's gift list by their names (public lists only). The terms live in the address, so a
 * search can be shared, reloaded and gone back to.
 */
export function Component() {
  const [params, setParams] = useSearchParams();
  const terms: RegistrySearchTerms = { q: params.get('q') ?? '', date: params.get('date') ?? '' };
  const search = useRegistrySearch(terms);
  useDocumentTitle(terms.q ? `Find a couple: ${terms.q}` : 'Find a couple');
  const results = search.data?.pages.flatMap((page) => page.results) ?? [];

  return (
    <div className="page find-page">
      <h1>Find a couple</h1>
      <p className="lead">Search for a couple&apos;s gift list by their names. Only lists the couple made public can be found.</p>
      <SearchForm key={`${terms.q}|${terms.date}`} initial={terms} onSearch={(next) => setParams(next.date ? { q: next.q, date: next.date } : { q: next.q })} />
      <section aria-live="polite" aria-busy={search.isFetching} aria-label="Search results">
        {!isSearchable(terms) ? null : search.isPending ? (
          <LoadingRegion label="Searching…">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} height="4.5rem" />
            ))}
          </LoadingRegion>
        ) : search.isError ? (
          <ErrorState
            title={isApiProblem(search.error, 'too-many-requests') ? 'Too many searches at once' : 'The search did not work'}
            error={search.error}
            onRetry={() => void search.refetch()}
          />
        ) : results.length === 0 ? (
          <EmptyState title={`No public gift list matches “${terms.q}”`}>
            <p>Check the spelling, or try one name only. Some couples keep their list unlisted: then only their link opens it, so ask them for it.</p>
          </EmptyState>
        ) : (
          <>
            <p className="muted">
              {search.hasNextPage ? `The first ${results.length} matches` : results.length === 1 ? '1 match' : `${results.length} matches`}
            </p>
            <SearchResults results={results} />
            {search.hasNextPage && (
              <button type="button" className="button" disabled={search.isFetchingNextPage} onClick={() => void search.fetchNextPage()}>
                {search.isFetchingNextPage ? 'Loading…' : 'Show more'}
              </button>
            )}
          </>
        )}
      </section>
    </div>
  );
}
