import { Link, Navigate, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { paths } from '@/config/paths';
import { useRegistries } from '@/features/registries/api/get-registries';
import { Bookmarklet, sharedLink } from '@/features/shop-links/components/bookmarklet';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * /dashboard/add — where the bookmarklet and the share sheet ("Share → WhisperGifts") land with a page's address.
 * With one list it goes straight to its add-gift form, filled in from the link; with several it asks which. Without
 * a link it offers the bookmarklet.
 */
export function Component() {
  const [params] = useSearchParams();
  const link = sharedLink(params);
  const registries = useRegistries();
  useDocumentTitle('Add a gift from a link');

  if (registries.isSuccess && link && registries.data.length === 1) return <Navigate replace to={paths.addFromLink(registries.data[0].id, link)} />;

  return (
    <section aria-labelledby="add-title" className="stack">
      <h1 id="add-title">Add a gift from a link</h1>
      {link && <p className="shared-link">{link}</p>}
      {registries.isPending ? (
        <LoadingRegion label="Loading your gift lists…">
          <Skeleton height="3rem" />
        </LoadingRegion>
      ) : registries.isError ? (
        <ErrorState error={registries.error} onRetry={() => void registries.refetch()} />
      ) : !registries.data.length ? (
        <p>
          Start a gift list first: <Link to={paths.dashboard()}>create one</Link>.
        </p>
      ) : link ? (
        <>
          <h2>Which list is it for?</h2>
          <ul className="link-list">
            {registries.data.map((registry) => (
              <li key={registry.id}>
                <Link className="button" to={paths.addFromLink(registry.id, link)}>
                  Add to {registry.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <div className="panel">
          <h2>Add gifts from any shop</h2>
          <p>Drag this button to your browser’s bookmarks bar. On a product’s page in any shop, click it to add that product to your list.</p>
          <p>
            <Bookmarklet origin={window.location.origin} addPage={paths.addPage()} />
          </p>
          <p className="field-hint">On a phone, use your browser’s Share button and pick WhisperGifts (after adding WhisperGifts to your home screen).</p>
        </div>
      )}
    </section>
  );
}
