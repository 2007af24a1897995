import { useState } from 'react';
import { Link } from 'react-router';
import type { AdminUser, UpdateAdminUserInput } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/dates';
import { errorMessage } from '@/lib/form-errors';
import { useUpdateAdminUser } from '../api/update-admin-user';

/** One account: who it is, its state, and what an administrator may do about it. `self` is the administrator's own. */
export function UserCard({ user, self }: { user: AdminUser; self: boolean }) {
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
        {user.role === 'admin' && <span className="badge">Admin</span>}
        {user.disabledAt && <span className="badge badge-danger">Disabled</span>}
      </div>
      <dl className="admin-facts">
        <dt>E-mail</dt>
        <dd>
          {user.email} {user.emailVerifiedAt ? <span className="muted">(verified)</span> : <span className="admin-warn">(not verified)</span>}
        </dd>
        <dt>Signed up</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
        {user.disabledAt && (
          <>
            <dt>Disabled</dt>
            <dd>{formatDateTime(user.disabledAt)}</dd>
          </>
        )}
        <dt>Registries</dt>
        <dd>{user.registries > 0 ? <Link to={paths.adminRegistries(user.email)}>{user.registries}</Link> : 0}</dd>
        <dt>Id</dt>
        <dd className="admin-id">{user.id}</dd>
      </dl>
      <div className="button-row">
        {!user.emailVerifiedAt && (
          <button type="button" className="button button-small" disabled={update.isPending} onClick={() => act({ emailVerified: true })}>
            Verify e-mail
          </button>
        )}
        {user.disabledAt ? (
          <button type="button" className="button button-small" disabled={update.isPending} onClick={() => act({ disabled: false })}>
            Enable
          </button>
        ) : (
          !self &&
          !confirmingDisable && (
            <button type="button" className="button button-small button-danger" disabled={update.isPending} onClick={() => setConfirmingDisable(true)}>
              Disable…
            </button>
          )
        )}
        {user.role === 'admin' ? (
          <button type="button" className="button button-small" disabled={update.isPending} onClick={() => act({ role: 'user' })}>
            Remove admin
          </button>
        ) : (
          <button type="button" className="button button-small" disabled={update.isPending} onClick={() => act({ role: 'admin' })}>
            Make admin
          </button>
        )}
        <Link className="button button-small" to={paths.adminAudit(user.id)}>
          History
        </Link>
      </div>
      {confirmingDisable && (
        <div className="admin-confirm" role="group" aria-label={`Disable ${user.displayName}`}>
          <p>Disable {user.email}? They are signed out everywhere at once, and cannot sign in or use their tokens until enabled again.</p>
          <div className="button-row">
            <button type="button" className="button button-small button-danger" onClick={() => act({ disabled: true })}>
              Disable account
            </button>
            <button type="button" className="button button-small" onClick={() => setConfirmingDisable(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {update.isError && <Alert>{errorMessage(update.error)}</Alert>}
    </li>
  );
}
