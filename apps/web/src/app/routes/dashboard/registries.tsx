import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Registry } from '@whispergifts/api-client';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { paths } from '@/config/paths';
import { useRegistries } from '@/features/registries/api/get-registries';
import { CreateRegistryForm } from '@/features/registries/components/create-registry-form';
import { RegistriesList } from '@/features/registries/components/registries-list';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * /dashboard — the couple's gift lists, and a form to start a new one. Most couples have one list: once they do, the
 * form waits behind a button instead of taking half the page.
 */
export function Component() {
  const registries = useRegistries();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const t = useT('dashboard');
  useDocumentTitle(t('dashboard:nav.lists'));
  const hasLists = Boolean(registries.data?.length);
  const onCreated = (registry: Registry) => void navigate(paths.registry(registry.id));
  return (
    <div className={hasLists && !creating ? 'stack' : 'dashboard-columns'}>
      <section aria-labelledby="registries-title">
        <h1 id="registries-title">{t('dashboard:nav.lists')}</h1>
        {registries.isPending ? (
          <LoadingRegion label={t('dashboard:registries.loading')}>
            <Skeleton height="4rem" />
          </LoadingRegion>
        ) : registries.isError ? (
          <ErrorState error={registries.error} onRetry={() => void registries.refetch()} />
        ) : (
          <RegistriesList registries={registries.data} />
        )}
      </section>
      {registries.isSuccess && hasLists && !creating ? (
        <p>
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('dashboard:registries.create-another')}
          </button>
        </p>
      ) : (
        registries.isSuccess && (
          <section className="panel">
            <CreateRegistryForm onCreated={onCreated} onCancel={hasLists ? () => setCreating(false) : undefined} />
          </section>
        )
      )}
    </div>
  );
}
