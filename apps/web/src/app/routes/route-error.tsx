import { useEffect } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
import { reportError } from '@/lib/error-reporting';

/** Last line of defence: a page that failed to render or to download (e.g. after a deploy while the tab was open). */
export function RouteError() {
  const error = useRouteError();
  // A 404 from a loader is an answer, not a fault of ours.
  useEffect(() => {
    if (!isRouteErrorResponse(error)) reportError(error);
  }, [error]);
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : 'This page could not be shown.';
  return (
    <main id="main" className="page">
      <section className="state-panel" role="alert">
        <h1>Sorry, something went wrong</h1>
        <p>{message}</p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            Reload the page
          </button>
          <Link to={paths.landing()}>Go to the home page</Link>
        </div>
      </section>
    </main>
  );
}
