import { i18n } from '@lingui/core';
import { useEffect, useState } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
import { reportError } from '@/lib/error-reporting';
import { currentLanguage, loadCatalogue } from '@/lib/i18n';
import { isLoaded } from '@/lib/i18n/catalogues';

/**
 * The page's words in the active language once its catalogue is at hand, and English until then: this page must
 * show even when downloads fail (a deploy while the tab was open), so it never waits for a catalogue.
 */
function useWords() {
  const language = currentLanguage();
  const [, setLoaded] = useState(0);
  const ready = isLoaded(language, 'landing');
  useEffect(() => {
    if (!ready)
      loadCatalogue(language, 'landing').then(
        () => setLoaded((n) => n + 1),
        () => undefined,
      );
  }, [language, ready]);
  return {
    title: ready ? i18n._('landing:errors.route.title') : 'Sorry, something went wrong',
    detail: ready ? i18n._('landing:errors.route.detail') : 'This page could not be shown.',
    reload: ready ? i18n._('landing:errors.route.reload') : 'Reload the page',
    home: ready ? i18n._('landing:errors.home') : 'Go to the home page',
  };
}

/** Last line of defence: a page that failed to render or to download (e.g. after a deploy while the tab was open). */
export function RouteError() {
  const error = useRouteError();
  const words = useWords();
  // A 404 from a loader is an answer, not a fault of ours.
  useEffect(() => {
    if (!isRouteErrorResponse(error)) reportError(error);
  }, [error]);
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : words.detail;
  return (
    <main id="main" className="page">
      <section className="state-panel" role="alert">
        <h1>{words.title}</h1>
        <p>{message}</p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            {words.reload}
          </button>
          <Link to={paths.landing()}>{words.home}</Link>
        </div>
      </section>
    </main>
  );
}
