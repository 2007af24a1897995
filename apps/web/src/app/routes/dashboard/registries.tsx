import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { paths } from '@/config/paths';
import { useRegistries } from '@/features/registries/api/get-registries';
import { CreateRegistryForm } from '@/features/registries/components/create-registry-form';
import { RegistriesList } from '@/features/registries/components/registries-list';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /dashboard — the couple's gift lists, and a form to start a new one. */
export function Component() {
  const registries = useRegistries();
  const navigate = useNavigate();
  useDocumentTitle('Your gift lists');
  return (
    <div className="dashboard-columns">
      <section aria-labelledby="registries-title">
        <h1 id="registries-title">Your gift lists</h1>
        {registries.isPending ? (
          <LoadingRegion label="Loading your gift lists…">
            <Skeleton height="4rem" />
          </LoadingRegion>
        ) : registries.isError ? (
          <ErrorState error={registries.error} onRetry={() => void registries.refetch()} />
        ) : (
          <RegistriesList registries={registries.data} />
        )}
      </section>
      <section className="panel">
        <CreateRegistryForm onCreated={(registry) => void navigate(paths.registry(registry.id))} />
      </section>
    </div>
  );
}
