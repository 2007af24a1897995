import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { AdminRegistry, UpdateAdminRegistryInput } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { SelectField, TextAreaField } from '@/components/field';
import { paths } from '@/config/paths';
import { formatDateTime, formatEventDate } from '@/lib/dates';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { useUpdateAdminRegistry } from '../api/update-admin-registry';

const PLANS = ['free', 'standard', 'premium'] as const;
const REASON_MAX = 500;

/** One registry: what it is, whose, its plan and suspension, and the controls to change them. */
export function RegistryCard({ registry }: { registry: AdminRegistry }) {
  const t = useT('admin');
  const planName = (id: string) => t('admin:registry-card.plan-name', { plan: id });
  const update = useUpdateAdminRegistry(registry.id);
  const [plan, setPlan] = useState(registry.plan);
  const [reason, setReason] = useState('');
  const [lastSent, setLastSent] = useState<keyof UpdateAdminRegistryInput | null>(null);
  const send = (body: UpdateAdminRegistryInput, what: keyof UpdateAdminRegistryInput, done?: () => void) => {
    setLastSent(what);
    update.mutate(body, { onSuccess: done });
  };
  const errors = formErrorsFrom(update.error, { suspendedReason: t('admin:registry-card.reason'), plan: t('admin:registry-card.plan') });
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
        <span className="badge">{planName(registry.plan)}</span>
        {registry.suspendedAt && <span className="badge badge-danger">{t('admin:registry-card.suspended')}</span>}
      </div>
      <dl className="admin-facts">
        <dt>{t('admin:registry-card.couple')}</dt>
        <dd>{registry.coupleNames}</dd>
        <dt>{t('admin:registry-card.address')}</dt>
        <dd>
          <a href={registry.guestUrl} target="_blank" rel="noreferrer">
            /r/{registry.slug}
            <span className="visually-hidden"> {t('admin:registry-card.guest-page')}</span>
          </a>
        </dd>
        <dt>{t('admin:registry-card.owners')}</dt>
        <dd>{names || <span className="muted">{t('admin:registry-card.no-owners')}</span>}</dd>
        <dt>{t('admin:registry-card.wedding')}</dt>
        <dd>{registry.eventDate ? formatEventDate(registry.eventDate) : <span className="muted">{t('admin:registry-card.no-date')}</span>}</dd>
        <dt>{t('admin:registry-card.gifts')}</dt>
        <dd>{t('admin:registry-card.gifts-value', { count: registry.items, visibility: registry.visibility })}</dd>
        <dt>{t('admin:registry-card.created')}</dt>
        <dd>{formatDateTime(registry.createdAt)}</dd>
        {registry.suspendedAt && (
          <>
            <dt>{t('admin:registry-card.suspended')}</dt>
            <dd>{t('admin:registry-card.suspended-value', { when: formatDateTime(registry.suspendedAt), reason: registry.suspendedReason ?? '' })}</dd>
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
            label={t('admin:registry-card.plan')}
            name="plan"
            value={plan}
            onChange={(event) => setPlan(event.target.value as AdminRegistry['plan'])}
            error={errors.fields.plan}
          >
            {PLANS.map((id) => (
              <option key={id} value={id}>
                {planName(id)}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button-small" disabled={update.isPending || plan === registry.plan}>
            {t('admin:registry-card.change-plan')}
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
              {t('admin:registry-card.lift')}
            </button>
          </div>
        ) : (
          <form className="admin-suspend" onSubmit={suspend} noValidate>
            <TextAreaField
              label={t('admin:registry-card.reason-label')}
              hint={t('admin:registry-card.reason-hint')}
              name="suspendedReason"
              value={reason}
              maxLength={REASON_MAX}
              rows={2}
              required
              error={errors.fields.suspendedReason}
              onChange={(event) => setReason(event.target.value)}
            />
            <button type="submit" className="button button-small button-danger" disabled={update.isPending || !reason.trim()}>
              {t('admin:registry-card.suspend')}
            </button>
          </form>
        )}
        <Link className="button button-small" to={paths.adminAudit(registry.id)}>
          {t('admin:registry-card.history')}
        </Link>
      </div>
      {update.isError && errors.summary && <Alert>{errors.summary}</Alert>}
      {update.isSuccess && lastSent && (
        <Alert tone="success">
          {lastSent === 'plan'
            ? t('admin:registry-card.done.plan')
            : registry.suspendedAt
              ? t('admin:registry-card.done.suspended')
              : t('admin:registry-card.done.lifted')}
        </Alert>
      )}
    </li>
  );
}
