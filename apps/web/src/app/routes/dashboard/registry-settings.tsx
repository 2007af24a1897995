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
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCurrentRegistry } from './registry-layout';

export function Component() {
  const registry = useCurrentRegistry();
  const remove = useDeleteRegistry(registry.id);
  const navigate = useNavigate();
  useDocumentTitle(`Settings · ${registry.title}`);

  function confirmDelete() {
    if (window.confirm(`Delete "${registry.title}" with all its gifts and reservations? This cannot be undone.`)) {
      remove.mutate(registry.etag, { onSuccess: () => void navigate(paths.dashboard()) });
    }
  }

  return (
    <div className="stack">
      <h2>Settings</h2>
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
        <h2 id="danger-title">Delete this gift list</h2>
        {remove.isError && (
          <Alert>
            {isApiProblem(remove.error, 'precondition-failed')
              ? 'The list was changed meanwhile. Reload the page, check the changes, then delete it if you still want to.'
              : isApiProblem(remove.error)
                ? remove.error.detail
                : 'We could not reach WhisperGifts.'}
          </Alert>
        )}
        <button type="button" className="button button-danger" disabled={remove.isPending} onClick={confirmDelete}>
          Delete gift list
        </button>
      </section>
    </div>
  );
}
