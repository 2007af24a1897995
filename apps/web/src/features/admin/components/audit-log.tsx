import { Link } from 'react-router';
import type { AdminAuditEntry } from '@whispergifts/api-client';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/dates';
import { describeValue } from '@/lib/describe';

const ACTIONS: Record<AdminAuditEntry['action'], string> = {
  'user.verify-email': 'Verified the e-mail address',
  'user.disable': 'Disabled the account',
  'user.enable': 'Enabled the account',
  'user.make-admin': 'Made an administrator',
  'user.remove-admin': 'Removed as administrator',
  'registry.change-plan': 'Changed the plan',
  'registry.suspend': 'Suspended the list',
  'registry.change-suspension-reason': 'Changed the suspension’s reason',
  'registry.lift-suspension': 'Lifted the suspension',
  'order.refund': 'Refunded the order',
};

const FIELDS: Record<string, string> = {
  emailVerifiedAt: 'Verified',
  disabledAt: 'Disabled',
  role: 'Role',
  plan: 'Plan',
  suspendedAt: 'Suspended',
  suspendedReason: 'Reason',
  status: 'Status',
  refundRequested: 'Refund asked of Stripe',
  amount: 'Amount',
  currency: 'Currency',
};
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** A value as it was or became: moments in the reader's time, nothing as a dash. */
const shown = (value: unknown) => (typeof value === 'string' && INSTANT.test(value) ? formatDateTime(value) : describeValue(value) || '—');

/** "Plan: free → premium", one line per field the action changed. */
function Change({ before, after }: { before: Record<string, unknown>; after: Record<string, unknown> }) {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return (
    <ul className="admin-change">
      {fields.map((field) => (
        <li key={field}>
          <span className="muted">{FIELDS[field] ?? field}:</span> {shown(before[field])} → {shown(after[field])}
        </li>
      ))}
    </ul>
  );
}

/** Who did what to which account or registry, when, and what it changed. */
export function AuditLog({ entries }: { entries: AdminAuditEntry[] }) {
  if (entries.length === 0) return <p className="muted">No admin actions yet.</p>;
  return (
    <div className="admin-table-wrap">
      <table className="admin-table">
        <caption className="visually-hidden">Admin actions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">On</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.createdAt)}</td>
              <td>{entry.actor.email}</td>
              <td>{ACTIONS[entry.action]}</td>
              <td>
                <Link to={entry.targetType === 'user' ? paths.adminUsers(entry.targetId) : paths.adminRegistries(entry.targetId)}>
                  {entry.targetType === 'user' ? 'account' : 'registry'} {entry.targetId.slice(0, 8)}
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
