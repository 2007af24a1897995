import { Link } from 'react-router';
import type { RegistrySummary } from '@whispergifts/api-client';
import { EmptyState } from '@/components/empty-state';
import { paths } from '@/config/paths';
import { formatEventDate } from '@/lib/dates';

const VISIBILITY_LABELS = { public: 'Public', unlisted: 'Unlisted', password: 'Password protected' } as const;

export function RegistriesList({ registries }: { registries: RegistrySummary[] }) {
  if (registries.length === 0) {
    return (
      <EmptyState title="No gift list yet">
        <p>Create your first one with the form on this page: it takes a minute.</p>
      </EmptyState>
    );
  }
  return (
    <ul className="card-list" aria-label="Your gift lists">
      {registries.map((registry) => (
        <li key={registry.id} className="card">
          {/* h2 under the page's h1 "Your gift lists": no level skipped. */}
          <h2>
            <Link to={paths.registry(registry.id)}>{registry.title}</Link>
          </h2>
          <p>
            {registry.coupleNames}
            {registry.eventDate && <> · {formatEventDate(registry.eventDate)}</>} · {VISIBILITY_LABELS[registry.visibility]}
          </p>
        </li>
      ))}
    </ul>
  );
}
