import { useState } from 'react';
import { Link } from 'react-router';
import type { AdminUser, UpdateAdminUserInput } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/dates';
import { errorMessage } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { useUpdateAdminUser } from '../api/update-admin-user';

/** One account: who it is, its state, and what an administrator may do about it. `self` is the administrator's own. */
export function UserCard({ user, self }: { user: AdminUser; self: boolean }) {
  const t = useT('admin');
  const update = useUpdateAdminUser(user.id);
  const [confirmingDisable, setConfirmingDisable] = useState(false);
  const act = (body: UpdateAdminUserInput) => {
    setConfirmingDisable(false);
    update.mutate(body);
  };
  const headingId = `user-${user.id}`;
  return (
    <li className="card admin-card" aria-labelledby={headingId}>
      <div className="admin-card-head">
        <h2 id={headingId}>{user.displayName}</h2>
        {user.role === 'admin' && <span className="badge">{t('admin:user-card.admin')}</span>}
        {user.disabledAt && <span className="badge badge-danger">{t('admin:user-card.disabled')}</span>}
      </div>
      <dl className="admin-facts">
        <dt>{t('admin:user-card.email')}</dt>
        <dd>
          {user.email}{' '}
          {user.emailVerifiedAt ? (
            <span className="muted">{t('admin:user-card.verified')}</span>
          ) : (
            <span className="admin-warn">{t('admin:user-card.not-verified')}</span>
          )}
        </dd>
        <dt>{t('admin:user-card.signed-up')}</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
        {user.disabledAt && (
          <>
            <dt>{t('admin:user-card.disabled')}</dt>
            <dd>{formatDateTime(user.disabledAt)}</dd>
          </>
        )}
        <dt>{t('admin:user-card.registries')}</dt>
        <dd>{user.registries > 0 ? <Link to={paths.adminRegistries(user.email)}>{user.registries}</Link> : 0}</dd>
        <dt>{t('admin:user-card.id')}</dt>
        <dd className="admin-id">{user.id}</dd>
      </dl>
      <div className="button-row">
        {!user.emailVerifiedAt && (
          <button type="button" className="button button-small" disabled={update.isPending} onClick={() => act({ emailVerified: true })}>
            {t('admin:user-card.verify')}
          </button>
        )}
        {user.disabledAt ? (
          <button type="button" className="button button-small" disabled={update.isPending} onClick={() => act({ disabled: false })}>
            {t('admin:user-card.enable')}
          </button>
        ) : (
          !self &&
          !confirmingDisable && (
            <button type="button" className="button button-small button-danger" disabled={update.isPending} onClick={() => setConfirmingDisable(true)}>
              {t('admin:user-card.disable')}
            </button>
          )
        )}
        {user.role === 'admin' ? (
          <button type="button" className="button button-small" disabled={update.isPending} onClick={() => act({ role: 'user' })}>
            {t('admin:user-card.remove-admin')}
          </button>
        ) : (
          <button type="button" className="button button-small" disabled={update.isPending} onClick={() => act({ role: 'admin' })}>
            {t('admin:user-card.make-admin')}
          </button>
        )}
        <Link className="button button-small" to={paths.adminAudit(user.id)}>
          {t('admin:user-card.history')}
        </Link>
      </div>
      {confirmingDisable && (
        <div className="admin-confirm" role="group" aria-label={t('admin:user-card.confirm-label', { name: user.displayName })}>
          <p>{t('admin:user-card.confirm', { email: user.email })}</p>
          <div className="button-row">
            <button type="button" className="button button-small button-danger" onClick={() => act({ disabled: true })}>
              {t('admin:user-card.confirm-disable')}
            </button>
            <button type="button" className="button button-small" onClick={() => setConfirmingDisable(false)}>
              {t('admin:user-card.cancel')}
            </button>
          </div>
        </div>
      )}
      {update.isError && <Alert>{errorMessage(update.error)}</Alert>}
    </li>
  );
}
