import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useAccessTokens } from '@/features/access-tokens/api/get-access-tokens';
import { AccessTokensList } from '@/features/access-tokens/components/access-tokens-list';
import { CreateAccessTokenForm } from '@/features/access-tokens/components/create-access-token-form';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /dashboard/access-tokens — personal access tokens, for scripts and services that work with the couple's lists. */
export function Component() {
  const tokens = useAccessTokens();
  useDocumentTitle('Access tokens');
  return (
    <div className="stack">
      <header className="access-tokens-intro">
        <h1>Access tokens</h1>
        <p>
          A token lets a script or another service (your wedding website, a spreadsheet) use WhisperGifts as you, without your password: to read your gift
          lists, or also to change them if you allow it. Treat it like a password: keep it secret, give each use its own token, and revoke any you no longer
          need. Every token expires, and choosing a new password revokes them all.
        </p>
      </header>
      <div className="dashboard-columns">
        <section aria-labelledby="access-tokens-title">
          <h2 id="access-tokens-title">Your tokens</h2>
          {tokens.isPending ? (
            <LoadingRegion label="Loading your tokens…">
              <Skeleton height="6rem" />
              <Skeleton height="6rem" />
            </LoadingRegion>
          ) : tokens.isError ? (
            <ErrorState title="Your tokens did not load" error={tokens.error} onRetry={() => void tokens.refetch()} />
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
