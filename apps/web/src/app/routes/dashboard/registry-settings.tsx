import { useNavigate } from 'react-router';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { paths } from '@/config/paths';
import { GiftListPreview } from '@/features/gift-list/components/gift-list-preview';
import { useDeleteRegistry } from '@/features/registries/api/delete-registry';
import { InvitePartnerForm } from '@/features/registries/components/invite-partner-form';
import { NoticePreference } from '@/features/registries/components/notice-preference';
import { RegistryOwners } from '@/features/registries/components/registry-owners';
import { RegistrySettingsForm } from '@/features/registries/components/registry-settings-form';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCurrentRegistry } from './registry-layout';

export function Component() {
  const registry = useCurrentRegistry();
  const remove = useDeleteRegistry(registry.id);
  const navigate = useNavigate();
  const t = useT('dashboard');
  useDocumentTitle(t('dashboard:registry.page-title', { page: t('dashboard:tabs.settings'), title: registry.title }));

  function confirmDelete() {
    if (window.confirm(t('dashboard:settings.delete.confirm', { title: registry.title }))) {
      remove.mutate(registry.etag, { onSuccess: () => void navigate(paths.dashboard()) });
    }
  }

  return (
    <div className="stack">
      <h2>{t('dashboard:tabs.settings')}</h2>
      {/* Keyed by id: another registry gets a fresh form, while a refetch of this one leaves unsaved edits alone. */}
      <RegistrySettingsForm
        key={registry.id}
        registry={registry}
        themePreview={(fields) => <GiftListPreview registry={{ ...fields, language: registry.language, giving: null }} />}
      />
      <RegistryOwners registry={registry} />
      <NoticePreference registry={registry} />
      {registry.owners.length < 2 && (
        <section className="panel">
          <InvitePartnerForm registryId={registry.id} />
        </section>
      )}
      <section className="panel" aria-labelledby="danger-title">
        <h2 id="danger-title">{t('dashboard:settings.delete.title')}</h2>
        {remove.isError && (
          <Alert>
            {isApiProblem(remove.error, 'precondition-failed')
              ? t('dashboard:settings.delete.changed')
              : isApiProblem(remove.error)
                ? remove.error.detail
                : t('dashboard:common.offline')}
          </Alert>
        )}
        <button type="button" className="button button-danger" disabled={remove.isPending} onClick={confirmDelete}>
          {t('dashboard:settings.delete.button')}
        </button>
      </section>
    </div>
  );
}
