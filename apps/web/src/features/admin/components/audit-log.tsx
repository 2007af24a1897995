import { Link } from 'react-router';
import type { AdminAuditEntry } from '@whispergifts/api-client';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/dates';
import { describeValue } from '@/lib/describe';
import { useT, type Translate } from '@/lib/i18n';

const actions = (t: Translate): Record<AdminAuditEntry['action'], string> => ({
  'user.verify-email': t('admin:audit.action.verify-email'),
  'user.disable': t('admin:audit.action.disable'),
  'user.enable': t('admin:audit.action.enable'),
  'user.make-admin': t('admin:audit.action.make-admin'),
  'user.remove-admin': t('admin:audit.action.remove-admin'),
  'registry.change-plan': t('admin:audit.action.change-plan'),
  'registry.suspend': t('admin:audit.action.suspend'),
  'registry.change-suspension-reason': t('admin:audit.action.change-suspension-reason'),
  'registry.lift-suspension': t('admin:audit.action.lift-suspension'),
  'order.refund': t('admin:audit.action.refund'),
});

const fields = (t: Translate): Record<string, string> => ({
  emailVerifiedAt: t('admin:audit.field.verified'),
  disabledAt: t('admin:audit.field.disabled'),
  role: t('admin:audit.field.role'),
  plan: t('admin:audit.field.plan'),
  suspendedAt: t('admin:audit.field.suspended'),
  suspendedReason: t('admin:audit.field.reason'),
  status: t('admin:audit.field.status'),
  refundRequested: t('admin:audit.field.refund-requested'),
  amount: t('admin:audit.field.amount'),
  currency: t('admin:audit.field.currency'),
});
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** A value as it was or became: moments in the reader's time, yes and no in words, nothing as a dash. */
const shown = (value: unknown, t: Translate) =>
  typeof value === 'string' && INSTANT.test(value)
    ? formatDateTime(value)
    : typeof value === 'boolean'
      ? t(value ? 'admin:audit.yes' : 'admin:audit.no')
      : describeValue(value) || '—';

/** "Plan: free → premium", one line per field the action changed. */
function Change({ before, after }: { before: Record<string, unknown>; after: Record<string, unknown> }) {
  const t = useT('admin');
  const names = fields(t);
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return (
    <ul className="admin-change">
      {changed.map((field) => (
        <li key={field}>
          <span className="muted">{t('admin:audit.change', { field: names[field] ?? field })}</span> {shown(before[field], t)} → {shown(after[field], t)}
        </li>
      ))}
    </ul>
  );
}

/** Who did what to which account or registry, when, and what it changed. */
export function AuditLog({ entries }: { entries: AdminAuditEntry[] }) {
  const t = useT('admin');
  if (entries.length === 0) return <p className="muted">{t('admin:audit.empty')}</p>;
  const named = actions(t);
  return (
    <div className="admin-table-wrap">
      <table className="admin-table">
        <caption className="visually-hidden">{t('admin:audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin:audit.column.when')}</th>
            <th scope="col">{t('admin:audit.column.who')}</th>
            <th scope="col">{t('admin:audit.column.what')}</th>
            <th scope="col">{t('admin:audit.column.on')}</th>
            <th scope="col">{t('admin:audit.column.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.createdAt)}</td>
              <td>{entry.actor.email}</td>
              <td>{named[entry.action]}</td>
              <td>
                <Link to={entry.targetType === 'user' ? paths.adminUsers(entry.targetId) : paths.adminRegistries(entry.targetId)}>
                  {t('admin:audit.target', { type: entry.targetType, id: entry.targetId.slice(0, 8) })}
                </Link>
              </td>
              <td>
                <Change before={entry.before} after={entry.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
