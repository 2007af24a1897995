import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

export function Component() {
  useDocumentTitle('Page not found');
  return (
    <div className="page">
      <section className="state-panel">
        <h1>We could not find that page</h1>
        <p>The link may be mistyped, or the page has moved. If a couple sent you their gift list, check the link in their invitation.</p>
        <Link className="button button-primary" to={paths.landing()}>
          Go to the home page
        </Link>
      </section>
    </div>
  );
}
