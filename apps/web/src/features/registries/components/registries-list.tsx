import { Link } from 'react-router';
import type { RegistrySummary } from '@whispergifts/api-client';
import { EmptyState } from '@/components/empty-state';
import { paths } from '@/config/paths';
import { formatEventDate } from '@/lib/dates';
import { currentLocale, useT } from '@/lib/i18n';

export function RegistriesList({ registries }: { registries: RegistrySummary[] }) {
  const t = useT('dashboard');
  if (registries.length === 0) {
    return (
      <EmptyState title={t('dashboard:registries.empty.title')}>
        <p>{t('dashboard:registries.empty.detail')}</p>
      </EmptyState>
    );
  }
  return (
    <ul className="card-list" aria-label={t('dashboard:nav.lists')}>
      {registries.map((registry) => (
        <li key={registry.id} className="card">
          {/* h2 under the page's h1 "Your gift lists": no level skipped. */}
          <h2>
            <Link to={paths.registry(registry.id)}>{registry.title}</Link>
          </h2>
          <p>
            {registry.coupleNames}
            {registry.eventDate && <> · {formatEventDate(registry.eventDate, currentLocale())}</>} ·{' '}
            {t('dashboard:registries.visibility', { visibility: registry.visibility })}
          </p>
        </li>
      ))}
    </ul>
  );
}
