import { Link } from 'react-router';
import type { RegistrySearchResult } from '@whispergifts/api-client';
import { ResponsiveImage } from '@/components/responsive-image';
import { paths } from '@/config/paths';
import { formatEventDate } from '@/lib/dates';

/** Each match as a card that opens the couple's list: names first (what guests look for), then the date and title. */
export function SearchResults({ results }: { results: RegistrySearchResult[] }) {
  return (
    <ul className="search-results">
      {results.map((result) => (
        <li key={result.slug} className="search-result">
          {result.headerImage ? (
            <ResponsiveImage image={result.headerImage} sizes="96px" className="search-result-photo" />
          ) : (
            <span className="search-result-photo search-result-photo-empty" aria-hidden="true" />
          )}
          <div>
            <h2>
              <Link to={paths.giftList(result.slug)}>{result.coupleNames}</Link>
            </h2>
            <p className="muted">{[result.eventDate && formatEventDate(result.eventDate), result.title].filter(Boolean).join(' · ')}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
