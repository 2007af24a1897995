import { useNavigate } from 'react-router';
import { useT } from '@/lib/i18n';
import type { Registry, RegistryOwner } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { paths } from '@/config/paths';
import { useMe } from '@/features/accounts/api/get-me';
import { errorMessage } from '@/lib/form-errors';
import { useRemoveOwner } from '../api/remove-owner';

/** Who owns the list; each owner may remove the other, or leave while someone else still owns it. */
export function RegistryOwners({ registry }: { registry: Registry }) {
  const me = useMe();
  const t = useT('dashboard');
  const remove = useRemoveOwner(registry.id);
  const navigate = useNavigate();
  const shared = registry.owners.length > 1;

  function confirmRemove(owner: RegistryOwner) {
    const leaving = owner.id === me.data?.id;
    const question = leaving
      ? t('dashboard:owners.leave.confirm', { title: registry.title, others: otherNames(registry, owner) })
      : t('dashboard:owners.remove.confirm', { name: owner.displayName, email: owner.email, title: registry.title });
    if (!window.confirm(question)) return;
    remove.mutate({ userId: owner.id, leaving }, { onSuccess: () => leaving && void navigate(paths.dashboard()) });
  }

  return (
    <section className="panel" aria-labelledby="owners-title">
      <h2 id="owners-title">{t('dashboard:owners.title')}</h2>
      {remove.isError && <Alert>{errorMessage(remove.error)}</Alert>}
      <ul className="owner-list">
        {registry.owners.map((owner) => {
          const isMe = owner.id === me.data?.id;
          return (
            <li key={owner.id} className="owner-row">
              <div className="owner-who">
                <strong>
                  {owner.displayName}
                  {isMe && ` ${t('dashboard:owners.you')}`}
                </strong>
                <span>{owner.email}</span>
              </div>
              {shared && (
                <button
                  type="button"
                  className="button button-small"
                  disabled={remove.isPending}
                  onClick={() => confirmRemove(owner)}
                  aria-label={isMe ? undefined : t('dashboard:owners.remove.label', { name: owner.displayName })}
                >
                  {isMe ? t('dashboard:owners.leave.button') : t('dashboard:owners.remove.button')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {!shared && <p>{t('dashboard:owners.alone')}</p>}
    </section>
  );
}

const otherNames = (registry: Registry, leaving: RegistryOwner) =>
  registry.owners
    .filter((o) => o.id !== leaving.id)
    .map((o) => o.displayName)
    .join(' & ');
