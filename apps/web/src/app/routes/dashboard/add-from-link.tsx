import { Trans } from '@lingui/react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { paths } from '@/config/paths';
import { useRegistries } from '@/features/registries/api/get-registries';
import { Bookmarklet, sharedLink } from '@/features/shop-links/components/bookmarklet';
import { useT } from '@/lib/i18n';
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
  const t = useT('gifts');
  useDocumentTitle(t('gifts:add-from-link.title'));

  if (registries.isSuccess && link && registries.data.length === 1) return <Navigate replace to={paths.addFromLink(registries.data[0].id, link)} />;

  return (
    <section aria-labelledby="add-title" className="stack">
      <h1 id="add-title">{t('gifts:add-from-link.title')}</h1>
      {link && <p className="shared-link">{link}</p>}
      {registries.isPending ? (
        <LoadingRegion label={t('gifts:add-from-link.loading')}>
          <Skeleton height="3rem" />
        </LoadingRegion>
      ) : registries.isError ? (
        <ErrorState error={registries.error} onRetry={() => void registries.refetch()} />
      ) : !registries.data.length ? (
        <p>
          <Trans id="gifts:add-from-link.no-list" components={{ 0: <Link to={paths.dashboard()} /> }} />
        </p>
      ) : link ? (
        <>
          <h2>{t('gifts:add-from-link.which')}</h2>
          <ul className="link-list">
            {registries.data.map((registry) => (
              <li key={registry.id}>
                <Link className="button" to={paths.addFromLink(registry.id, link)}>
                  {t('gifts:add-from-link.add-to', { title: registry.title })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <div className="panel">
          <h2>{t('gifts:add-from-link.any-shop')}</h2>
          <p>{t('gifts:add-from-link.drag')}</p>
          <p>
            <Bookmarklet origin={window.location.origin} addPage={paths.addPage()} />
          </p>
          <p className="field-hint">{t('gifts:add-from-link.phone')}</p>
        </div>
      )}
    </section>
  );
}
