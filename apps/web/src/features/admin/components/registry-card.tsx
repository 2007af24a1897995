import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { AdminRegistry, UpdateAdminRegistryInput } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { SelectField, TextAreaField } from '@/components/field';
import { paths } from '@/config/paths';
import { formatDateTime, formatEventDate } from '@/lib/dates';
import { formErrorsFrom } from '@/lib/form-errors';
import { useUpdateAdminRegistry } from '../api/update-admin-registry';

export const PLAN_NAMES: Record<string, string> = { free: 'Free', standard: 'Standard', premium: 'Premium' };
const REASON_MAX = 500;

/** One registry: what it is, whose, its plan and suspension, and the controls to change them. */
export function RegistryCard({ registry }: { registry: AdminRegistry }) {
  const update = useUpdateAdminRegistry(registry.id);
  const [plan, setPlan] = useState(registry.plan);
  const [reason, setReason] = useState('');
  const [lastSent, setLastSent] = useState<keyof UpdateAdminRegistryInput | null>(null);
  const send = (body: UpdateAdminRegistryInput, what: keyof UpdateAdminRegistryInput, done?: () => void) => {
    setLastSent(what);
    update.mutate(body, { onSuccess: done });
  };
  const errors = formErrorsFrom(update.error, { suspendedReason: 'Reason', plan: 'Plan' });
  const suspend = (event: FormEvent) => {
    event.preventDefault();
    send({ suspended: true, suspendedReason: reason.trim() }, 'suspended', () => setReason(''));
  };
  const headingId = `registry-${registry.id}`;
  const names = registry.owners.map((o) => o.email).join(', ');
  return (
    <li className="card admin-card" aria-labelledby={headingId}>
      <div className="admin-card-head">
        <h2 id={headingId}>{registry.title}</h2>
        <span className="badge">{PLAN_NAMES[registry.plan] ?? registry.plan}</span>
        {registry.suspendedAt && <span className="badge badge-danger">Suspended</span>}
      </div>
      <dl className="admin-facts">
        <dt>Couple</dt>
        <dd>{registry.coupleNames}</dd>
        <dt>Address</dt>
        <dd>
          <a href={registry.guestUrl} target="_blank" rel="noreferrer">
            /r/{registry.slug}
            <span className="visually-hidden"> (the guest page, opens in a new tab)</span>
          </a>
        </dd>
        <dt>Owners</dt>
        <dd>{names || <span className="muted">none</span>}</dd>
        <dt>Wedding</dt>
        <dd>{registry.eventDate ? formatEventDate(registry.eventDate) : <span className="muted">no date</span>}</dd>
        <dt>Gifts</dt>
        <dd>
          {registry.items} · {registry.visibility}
        </dd>
        <dt>Created</dt>
        <dd>{formatDateTime(registry.createdAt)}</dd>
        {registry.suspendedAt && (
          <>
            <dt>Suspended</dt>
            <dd>
              {formatDateTime(registry.suspendedAt)}: “{registry.suspendedReason}”
            </dd>
          </>
        )}
      </dl>
      <div className="admin-controls">
        <form
          className="admin-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            send({ plan }, 'plan');
          }}
        >
          <SelectField
            label="Plan"
            name="plan"
            value={plan}
            onChange={(event) => setPlan(event.target.value as AdminRegistry['plan'])}
            error={errors.fields.plan}
          >
            {Object.entries(PLAN_NAMES).map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button-small" disabled={update.isPending || plan === registry.plan}>
            Change plan
          </button>
        </form>
        {registry.suspendedAt ? (
          <div className="button-row">
            <button
              type="button"
              className="button button-small button-primary"
              disabled={update.isPending}
              onClick={() => send({ suspended: false }, 'suspended')}
            >
              Lift suspension
            </button>
          </div>
        ) : (
          <form className="admin-suspend" onSubmit={suspend} noValidate>
            <TextAreaField
              label="Reason for suspending"
              hint="Guests see it instead of the gifts."
              name="suspendedReason"
              value={reason}
              maxLength={REASON_MAX}
              rows={2}
              required
              error={errors.fields.suspendedReason}
              onChange={(event) => setReason(event.target.value)}
            />
            <button type="submit" className="button button-small button-danger" disabled={update.isPending || !reason.trim()}>
              Suspend
            </button>
          </form>
        )}
        <Link className="button button-small" to={paths.adminAudit(registry.id)}>
          History
        </Link>
      </div>
      {update.isError && errors.summary && <Alert>{errors.summary}</Alert>}
      {update.isSuccess && lastSent && (
        <Alert tone="success">{lastSent === 'plan' ? 'Plan changed.' : registry.suspendedAt ? 'Suspended.' : 'Suspension lifted.'}</Alert>
      )}
    </li>
  );
}
